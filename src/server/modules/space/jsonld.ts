import type { PublicParcelView, PublicParkView } from "../../../contracts/space-supply.js";

/*
 * JSON-LD in the vocabulary of the OSLO application profile Bedrijventerrein (erkende standaard, 2020), as far as
 * the project's fact sheet (DOMAIN-FACTS.md §8) names its terms:
 * - namespace https://data.vlaanderen.be/ns/bedrijventerrein# (prefix bt) with the properties statusOntwikkeling,
 *   ontwikkelaar, beschikbaarheid, beschikbareOppervlakte, beschikbareKavels, beperking, functie, inGebruik;
 * - https://data.vlaanderen.be/ns/perceel# (prefix perceel) for oppervlakte, geometrie and RuimtelijkeEenheid.type;
 * - adms:identifier, skos:prefLabel, dct:isPartOf / dct:hasPart.
 * Not taken from the fact sheet, and therefore marked here rather than invented:
 * - The class URIs bt:Bedrijventerrein and bt:Bedrijventerreinperceel are the entity names of the fact sheet in the
 *   vocabulary namespace; the sheet lists the entities but does not spell out their URIs.
 * - Codelists (development status, availability, park kind) are not checked: values are this platform's codes as
 *   plain literals, not codelist concept URIs.
 * - The geometry encoding is not given: perceel:geometrie carries WKT (WGS84 lon/lat) as a plain literal.
 * - Quantities (Kwantitatieve Waarde) are given as plain numbers in m², not as structured quantitative values.
 * - Subject URIs are urn:uuid of this platform's records; the VLAIO bases (https://bedrijventerrein.vlaanderen.be/id/…)
 *   belong to VLAIO's own identifiers and are not used for records that are not VLAIO's.
 * Only public fields are written (the same as the public catalogue).
 */

const BT = "https://data.vlaanderen.be/ns/bedrijventerrein#";
const PERCEEL = "https://data.vlaanderen.be/ns/perceel#";

export const OSLO_CONTEXT = {
  bt: BT,
  perceel: PERCEEL,
  adms: "http://www.w3.org/ns/adms#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  dct: "http://purl.org/dc/terms/",
  xsd: "http://www.w3.org/2001/XMLSchema#",
};

const ring = (r: number[][]) => `(${r.map((p) => `${p[0]} ${p[1]}`).join(", ")})`;
/** GeoJSON Polygon / MultiPolygon → WKT. */
export function toWkt(geometry: unknown): string | null {
  const g = geometry as { type?: string; coordinates?: unknown };
  if (g?.type === "Polygon") return `POLYGON (${(g.coordinates as number[][][]).map(ring).join(", ")})`;
  if (g?.type === "MultiPolygon") return `MULTIPOLYGON (${(g.coordinates as number[][][][]).map((p) => `(${p.map(ring).join(", ")})`).join(", ")})`;
  if (g?.type === "Point") return `POINT (${(g.coordinates as number[])[0]} ${(g.coordinates as number[])[1]})`;
  return null;
}

const uri = (id: string) => `urn:uuid:${id}`;

export function parkNode(p: PublicParkView, parcelIds: string[]) {
  return {
    "@id": uri(p.id),
    "@type": "bt:Bedrijventerrein",
    "adms:identifier": p.code,
    "skos:prefLabel": p.name,
    "perceel:RuimtelijkeEenheid.type": p.kind,
    "bt:statusOntwikkeling": p.developmentStatus,
    ...(p.developer ? { "bt:ontwikkelaar": p.developer } : {}),
    "perceel:oppervlakte": { "@value": p.areaM2, "@type": "xsd:decimal" },
    "bt:beschikbareOppervlakte": { "@value": p.availableAreaM2, "@type": "xsd:decimal" },
    "bt:beschikbareKavels": p.availableParcelCount > 0,
    "perceel:geometrie": toWkt(p.geometry),
    "dct:hasPart": parcelIds.map((id) => ({ "@id": uri(id) })),
  };
}

export function parcelNode(c: PublicParcelView) {
  return {
    "@id": uri(c.id),
    "@type": "bt:Bedrijventerreinperceel",
    "adms:identifier": c.code,
    ...(c.parkId ? { "dct:isPartOf": { "@id": uri(c.parkId) } } : {}),
    "perceel:oppervlakte": { "@value": c.areaM2, "@type": "xsd:decimal" },
    "perceel:geometrie": toWkt(c.geometry),
    "bt:beschikbaarheid": c.availability,
    "bt:inGebruik": c.availability === "in_use",
    ...(c.zoning ? { "bt:functie": c.zoning } : {}),
    ...(c.restrictions ? { "bt:beperking": c.restrictions } : {}),
  };
}
