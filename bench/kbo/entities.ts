/**
 * Deterministic synthetic KBO entities: enterprise i at version v always yields the same rows, so a
 * full dump and an update built later agree. Proportions follow the October 2025 extract
 * (DOMAIN-FACTS §2): per enterprise ≈1.7 denominations, ≈1.5 addresses, ≈18.7 activities,
 * 0.86 establishments, 0.36 contacts; ≈40 % natural persons without a seat address.
 */
import { POSTCODES } from "../../seed/geography/index.js";
import { withCheckDigits } from "../../src/server/modules/organisations/enterprise-number.js";
import type { KboTable } from "../../src/server/modules/organisations/kbo/format.js";

export type Row = (string | null)[];
export type EntityRows = Record<Exclude<KboTable, "code" | "meta">, Row[]>;

export const LIMBURG_POSTCODES = POSTCODES.map((p) => ({ postcode: p.postcode, place: (p.placeName ?? "").split(",")[0] }));
/** Outside Limburg, including 3xxx codes of Flemish Brabant and codes in 3500–3999 that belong to no Limburg municipality. */
export const OTHER_POSTCODES = [
  { postcode: "1000", place: "Brussel" }, { postcode: "1080", place: "Sint-Jans-Molenbeek" }, { postcode: "2000", place: "Antwerpen" },
  { postcode: "2800", place: "Mechelen" }, { postcode: "3000", place: "Leuven" }, { postcode: "3001", place: "Heverlee" },
  { postcode: "3200", place: "Aarschot" }, { postcode: "3300", place: "Tienen" }, { postcode: "3400", place: "Landen" },
  { postcode: "3470", place: "Kortenaken" }, { postcode: "3555", place: "Nergens" }, { postcode: "3999", place: "Nergens" },
  { postcode: "4000", place: "Liège" }, { postcode: "5000", place: "Namur" }, { postcode: "8000", place: "Brugge" },
  { postcode: "9000", place: "Gent" }, { postcode: "9070", place: "Destelbergen" }, { postcode: "1420", place: "Braine-l'Alleud" },
];

export const NACE = [
  ["62010", "Computerprogrammering"], ["62020", "Computerconsultancy-activiteiten"], ["47110", "Detailhandel in niet-gespecialiseerde winkels"],
  ["56101", "Eetgelegenheden met volledige bediening"], ["41101", "Ontwikkeling van residentiële bouwprojecten"],
  ["68121", "Bouw van residentiële gebouwen"], ["84130", "Openbaar bestuur op het gebied van het economisch beleid"],
  ["36000", "Winning, behandeling en distributie van water"], ["46900", "Niet-gespecialiseerde groothandel"],
  ["25110", "Vervaardiging van metalen constructiewerken"], ["10710", "Vervaardiging van brood en vers banketbakkerswerk"],
  ["49410", "Goederenvervoer over de weg"], ["69201", "Accountants en belastingconsulenten"], ["70220", "Advisering op het gebied van bedrijfsvoering"],
  ["71121", "Ingenieurs en aanverwante technische adviseurs"], ["86210", "Algemene medische praktijken"], ["43221", "Installatie van sanitair"],
  ["45113", "Handel in auto's"], ["01110", "Teelt van granen"], ["20110", "Vervaardiging van industriële gassen"],
  ["72190", "Speur- en ontwikkelingswerk op natuurwetenschappelijk gebied"], ["28290", "Vervaardiging van andere machines"],
  ["85421", "Universitair onderwijs"], ["94991", "Verenigingen"],
] as const;

/**
 * Company names as they occur in the register: a trade word with a family or place name, a family name
 * alone, two partners, or a coined brand name. The trade words and family names are the common ones
 * (a few hundred names share each of them in a 2 M registry, as in the real one); the coined names are
 * built from syllables with Dutch and French spelling, so most of them are rare.
 */
const TRADES = [
  "Bouw", "Bouwbedrijf", "Immo", "Consult", "Invest", "Transport", "Garage", "Bakkerij", "Slagerij", "Brasserie", "Café", "Taverne",
  "Apotheek", "Tandartspraktijk", "Architectenbureau", "Advocatenkantoor", "Schrijnwerkerij", "Dakwerken", "Elektro", "Sanitair",
  "Tuinaanleg", "Kapsalon", "Frituur", "Boekhoudkantoor", "Verzekeringen", "Kinesitherapie", "Schilderwerken", "Metaalbouw",
  "Logistics", "Solutions", "Services", "Management", "Holding", "Projects", "Design", "Trading", "Medical", "Agri", "Techniek",
  "Installaties", "Renovatie", "Interieur", "Keukens", "Auto", "Fietsen", "Optiek", "Drukkerij", "Verhuur", "Schoonmaak", "Catering",
] as const;
const FAMILIES = [
  "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert",
  "Dupont", "Martin", "Hermans", "Vermeulen", "Van den Broeck", "Leclercq", "Aerts", "Stevens", "Pauwels", "Michiels", "Smets",
  "Cools", "Vandenberghe", "Claeys", "Desmet", "Hendrickx", "Verstraete", "Coppens", "Nijs", "Vos", "Bogaerts", "Vanderstraeten",
  "Lemmens", "Thijs", "Vanhoof", "Geboers", "Kenis", "Bollen", "Schepers", "Vrancken", "Jorissen", "Swinnen", "Indesteege",
  "Stulens", "Moors", "Reynders", "Daniëls", "Gielen", "Ceyssens", "Vanderhoydonck", "Lenaerts", "Dewael", "Brepoels", "Huybrechts",
  "Nulens", "Raymaekers", "Vanormelingen", "Smeets", "Wijnants", "Cuypers", "Jaspers", "Beckers", "Ramaekers", "Knevels", "Bosmans",
  "Lambrechts", "Claesen", "Vanstraelen", "Leenders", "Jans", "Ulenaers", "Bijnens", "Gijbels", "Lowies", "Oosterbosch", "Pierlet",
  "Sleurs", "Vandeweerd", "Withofs", "Martens", "Meers", "Noelmans", "Peters", "Rutten", "Schoofs", "Timmermans", "Vandebroek",
  "François", "Lejeune", "Renard", "Simon", "Laurent", "Lefèvre", "Mathieu", "Collard", "Masson", "Gérard", "Denis", "Hubert",
] as const;
const PLACES = [
  "Hasselt", "Genk", "Tongeren", "Sint-Truiden", "Lommel", "Beringen", "Bilzen", "Maasmechelen", "Heusden-Zolder", "Houthalen",
  "Pelt", "Lanaken", "Diepenbeek", "Zonhoven", "Tessenderlo", "Leopoldsburg", "Herk", "Alken", "Bree", "Peer", "Hamont", "Dilsen",
  "Maaseik", "Riemst", "Voeren", "Wellen", "Nieuwerkerken", "Antwerpen", "Gent", "Leuven", "Brussel", "Mechelen", "Liège", "Namur",
  "Kempen", "Haspengouw", "Maasland", "Limburg", "Vlaanderen", "Benelux", "Europe",
] as const;
const ONSETS = ["b", "br", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "kl", "kr", "l", "m", "n", "p", "pl", "pr", "r", "s", "sch", "sl", "sp", "st", "str", "t", "tr", "v", "vl", "w", "z", "ch", "qu", "x"];
const NUCLEI = ["a", "e", "i", "o", "u", "aa", "ee", "oo", "ie", "ei", "ou", "ui", "eu", "au", "é", "è", "y", "oe", "ij"];
const CODAS = ["", "", "", "n", "r", "s", "l", "k", "t", "m", "nd", "rt", "st", "ns", "x", "ck", "lt", "rk"];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];
/** Common items come up far more often than rare ones (a Zipf-like skew over the list). */
const pickSkewed = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * r() * list.length)];
const capital = (w: string) => w[0].toUpperCase() + w.slice(1);

function coined(r: () => number): string {
  let word = "";
  for (let s = 0, n = 2 + Math.floor(r() * 2); s < n; s++) word += pick(r, ONSETS) + pick(r, NUCLEI) + pick(r, CODAS);
  return capital(word);
}

const SUFFIX = ["NV", "BV", "CV", "VZW", "BVBA", "Comm.V"];
const FORMS = ["014", "610", "017", "706", "015", "612", "416", "124"];

function mulberry32(a: number): () => number {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dotted = (d: string) => `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`;
const dottedEst = (d: string) => `${d[0]}.${d.slice(1, 4)}.${d.slice(4, 7)}.${d.slice(7)}`;
const pad = (n: number) => String(n).padStart(2, "0");

/** The enterprise number of enterprise i (a few start with 1, like numbers issued since 2023). */
export function enterpriseNumber(i: number): string {
  return dotted(withCheckDigits(String(i % 50 === 7 ? 10_000_000 + i : 4_000_000 + i).padStart(8, "0")));
}

export function establishmentNumber(i: number, k: number): string {
  return dottedEst(withCheckDigits(String(20_000_000 + i * 4 + k)));
}

function branchId(i: number): string {
  return dottedEst(withCheckDigits(String(90_000_000 + i)));
}

function date(r: () => number, from = 1950, to = 2025): string {
  return `${pad(1 + Math.floor(r() * 28))}-${pad(1 + Math.floor(r() * 12))}-${from + Math.floor(r() * (to - from))}`;
}

function name(r: () => number): string {
  const x = r();
  let n: string;
  if (x < 0.25) {
    const brand = coined(r);
    n = r() < 0.4 ? `${brand} ${pickSkewed(r, TRADES)}` : brand;
  } else if (x < 0.45) {
    const family = pickSkewed(r, FAMILIES);
    n = r() < 0.5 ? `${family} ${pickSkewed(r, TRADES)}` : `${family} & ${pickSkewed(r, FAMILIES)}`;
  } else if (x < 0.8) n = `${pickSkewed(r, TRADES)} ${r() < 0.7 ? pickSkewed(r, FAMILIES) : coined(r)}`;
  else n = `${pickSkewed(r, TRADES)} ${pickSkewed(r, PLACES)}`;
  if (r() < 0.03) n = `Bakkerij "${n}"`; // quotes inside quoted strings
  if (r() < 0.03) n = `${n}, ${n.split(" ")[0]} & Zonen`; // commas inside quoted strings
  return n;
}

/** How enterprise i is placed: a share of seats and establishments in Limburg. */
function postcode(r: () => number, limburgShare: number): { postcode: string; place: string } {
  const list = r() < limburgShare ? LIMBURG_POSTCODES : OTHER_POSTCODES;
  return list[Math.floor(r() * list.length)];
}

function address(r: () => number, entity: string, type: string, limburgShare: number): Row {
  const pc = postcode(r, limburgShare);
  const street = `${name(r).split(" ")[0]}straat`;
  const striking = r() < 0.01 ? date(r, 2020, 2025) : null;
  return [entity, type, null, null, pc.postcode, pc.place, pc.place, street, street, String(1 + Math.floor(r() * 200)), r() < 0.1 ? "b" : "", "", striking];
}

function activities(r: () => number, entity: string, out: Row[]): void {
  const codes = 1 + Math.floor(r() * 7);
  const groups = r() < 0.5 ? ["001", "006"] : ["001"];
  const versions = r() < 0.15 ? ["2003", "2008", "2025"] : ["2008", "2025"];
  for (let c = 0; c < codes; c++) {
    const code = NACE[Math.floor(r() * NACE.length)][0];
    const classification = c === 0 ? "MAIN" : r() < 0.995 ? "SECO" : "ANCI";
    for (const g of groups) for (const v of versions) out.push([entity, g, v, v === "2003" ? code.slice(0, 4) + "0" : code, classification]);
  }
}

/** All rows of enterprise i at version v (version 1+ is what an update brings). */
export function entityRows(seed: number, i: number, version: number, limburgShare = 0.12): EntityRows {
  const r = mulberry32((seed * 1_000_003 + i * 7919 + version * 104_729) >>> 0);
  const ent = enterpriseNumber(i);
  const legal = r() < 0.6;
  const rows: EntityRows = { enterprise: [], establishment: [], branch: [], denomination: [], address: [], contact: [], activity: [] };
  rows.enterprise.push([ent, "AC", r() < 0.9 ? "000" : "012", legal ? "2" : "1", legal ? FORMS[Math.floor(r() * FORMS.length)] : null, null, date(r)]);

  const dutch = r() < 0.65;
  if (legal) {
    const n = name(r);
    const suffix = SUFFIX[Math.floor(r() * SUFFIX.length)];
    rows.denomination.push([ent, dutch ? "2" : "1", "001", `${n} ${suffix}`]);
    if (r() < 0.3) rows.denomination.push([ent, dutch ? "1" : "2", "001", `${n} ${suffix}`]);
    if (r() < 0.3) rows.denomination.push([ent, "0", "002", n.slice(0, 4).toUpperCase()]);
    if (r() < 0.3) rows.denomination.push([ent, dutch ? "2" : "1", "003", name(r)]);
    rows.address.push(address(r, ent, "REGO", limburgShare));
  } else if (r() < 0.5) {
    rows.denomination.push([ent, dutch ? "2" : "1", "003", name(r)]);
  }
  if (r() < 0.65) activities(r, ent, rows.activity);
  if (r() < 0.25) rows.contact.push([ent, "ENT", ["WEB", "TEL", "EMAIL"][Math.floor(r() * 3)], `info@${name(r).toLowerCase().replace(/[^a-z]/g, "")}.be`]);

  const x = r();
  const establishments = x < 0.5 ? 0 : x < 0.8 ? 1 : x < 0.9 ? 2 : x < 0.97 ? 3 : 4;
  for (let k = 0; k < establishments; k++) {
    const est = establishmentNumber(i, k);
    rows.establishment.push([est, date(r), ent]);
    rows.address.push(address(r, est, "BAET", limburgShare));
    if (r() < 0.5) rows.denomination.push([est, dutch ? "2" : "1", "003", name(r)]);
    if (r() < 0.9) activities(r, est, rows.activity);
    if (r() < 0.12) rows.contact.push([est, "EST", "TEL", `011 ${String(Math.floor(r() * 1e6)).padStart(6, "0")}`]);
  }
  if (i % 265 === 7) {
    const b = branchId(i);
    rows.branch.push([b, date(r), ent]);
    rows.denomination.push([b, "4", "004", `${name(r)} Ltd Belgian branch`]);
    rows.address.push(address(r, b, "ABBR", limburgShare));
  }
  return rows;
}

/** Whether the enterprise's seat or one of its establishments has a Limburg postcode. */
export function inLimburg(rows: EntityRows, limburg: Set<string>): boolean {
  return rows.address.some((a) => a[4] !== null && limburg.has(a[4]) && a[1] !== "ABBR");
}
