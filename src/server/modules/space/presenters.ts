import {
  FEATURE_KEYS, type Access, type BrownfieldView, type DocumentView, type ItemFeatures, type ParcelView, type ParkFeatures, type ParkView,
  type PremisesView, type PublicParcelView, type PublicParkView, type PublicPremisesView,
} from "../../../contracts/space-supply.js";
import type { BrownfieldRecord, DocumentRow, ParcelRecord, ParkRecord, ParkRow, PremisesRecord } from "./repo.js";

/*
 * Rows → views. The staff view carries a `confidential` block; the public view is built field by field and has
 * no confidential field at all (no notes, owner, strategic flag or minimum price), and only public documents.
 */

type WithFeatures = { [K in keyof ParkFeatures]: boolean | null };
type WithAccess = {
  motorwayKm: number | null; railKm: number | null; waterKm: number | null; publicTransportKm: number | null; bikeRoute: boolean | null; gridCapacityKva: number | null;
};

const featuresOf = (row: WithFeatures): ItemFeatures => Object.fromEntries(FEATURE_KEYS.map((k) => [k, row[k] ?? null])) as ItemFeatures;
const accessOf = (row: WithAccess): Access => ({
  motorwayKm: row.motorwayKm, railKm: row.railKm, waterKm: row.waterKm, publicTransportKm: row.publicTransportKm, bikeRoute: row.bikeRoute, gridCapacityKva: row.gridCapacityKva,
});
export function effectiveFeatures(item: WithFeatures, park: WithFeatures | null): ParkFeatures {
  return Object.fromEntries(FEATURE_KEYS.map((k) => [k, item[k] ?? park?.[k] ?? false])) as ParkFeatures;
}
export function effectiveAccess(item: WithAccess, park: WithAccess | null): Access {
  const a = accessOf(item);
  const p = park ? accessOf(park) : null;
  return {
    motorwayKm: a.motorwayKm ?? p?.motorwayKm ?? null, railKm: a.railKm ?? p?.railKm ?? null, waterKm: a.waterKm ?? p?.waterKm ?? null,
    publicTransportKm: a.publicTransportKm ?? p?.publicTransportKm ?? null, bikeRoute: a.bikeRoute ?? p?.bikeRoute ?? null, gridCapacityKva: a.gridCapacityKva ?? p?.gridCapacityKva ?? null,
  };
}
const bboxOf = (r: { minLon: number | null; minLat: number | null; maxLon: number | null; maxLat: number | null }): [number, number, number, number] | null =>
  r.minLon === null || r.minLat === null || r.maxLon === null || r.maxLat === null ? null : [r.minLon, r.minLat, r.maxLon, r.maxLat];

export function presentDocument(d: DocumentRow): DocumentView {
  return { id: d.id, parkId: d.parkId, parcelId: d.parcelId, kind: d.kind as DocumentView["kind"], title: d.title, url: d.url, reference: d.reference, validFrom: d.validFrom, validUntil: d.validUntil, public: d.public, version: d.version };
}

export function presentPublicPark(r: ParkRecord, docs: DocumentRow[]): PublicParkView {
  const p = r.park;
  return {
    id: p.id, code: p.code, name: p.name, kind: p.kind as PublicParkView["kind"], developmentStatus: p.developmentStatus as PublicParkView["developmentStatus"],
    developer: p.developer, parkManager: p.parkManager, municipalityNis: p.municipalityNis, municipalityName: r.municipalityName,
    geometry: p.geometry, bbox: bboxOf(p), areaM2: p.areaM2, statedAreaM2: p.statedAreaM2,
    description: p.description, collaboration: p.collaboration, regulation: p.regulation, website: p.website,
    features: effectiveFeatures(p, null), access: accessOf(p), allowedNace: p.allowedNace,
    availableAreaM2: Number(r.availableAreaM2), parcelCount: Number(r.parcelCount), availableParcelCount: Number(r.availableParcelCount),
    documents: docs.filter((d) => d.parkId === p.id && d.public).map(presentDocument), demo: p.demo,
  };
}

export function presentPark(r: ParkRecord, docs: DocumentRow[]): ParkView {
  return {
    ...presentPublicPark(r, []),
    documents: docs.filter((d) => d.parkId === r.park.id).map(presentDocument),
    confidential: { notes: r.park.confNotes },
    version: r.park.version, updatedAt: r.park.updatedAt.toISOString(),
  };
}

export function presentPublicParcel(r: ParcelRecord, docs: DocumentRow[]): PublicParcelView {
  const c = r.parcel;
  const park: ParkRow | null = r.park?.id ? r.park : null;
  return {
    id: c.id, code: c.code, parkId: c.parkId, parkName: park?.name ?? null, parkKind: (park?.kind ?? null) as PublicParcelView["parkKind"],
    cadastralRef: c.cadastralRef, municipalityNis: c.municipalityNis, municipalityName: r.municipalityName,
    geometry: c.geometry, bbox: bboxOf(c), areaM2: c.areaM2, statedAreaM2: c.statedAreaM2,
    zoning: c.zoning, allowedNace: c.allowedNace ?? park?.allowedNace ?? null,
    availability: c.availability as PublicParcelView["availability"], availabilitySince: c.availabilitySince, availableFrom: c.availableFrom, activatedOn: c.activatedOn,
    origin: c.origin as PublicParcelView["origin"], transaction: c.transaction as PublicParcelView["transaction"],
    salePricePerM2Cents: c.salePricePerM2Cents, leasePricePerM2YearCents: c.leasePricePerM2YearCents,
    restrictions: c.restrictions, preemptionRight: c.preemptionRight, buybackRight: c.buybackRight,
    features: featuresOf(c), access: accessOf(c), effectiveFeatures: effectiveFeatures(c, park), effectiveAccess: effectiveAccess(c, park),
    documents: docs.filter((d) => d.parcelId === c.id && d.public).map(presentDocument), demo: c.demo,
  };
}

export function presentParcel(r: ParcelRecord, docs: DocumentRow[]): ParcelView {
  const c = r.parcel;
  return {
    ...presentPublicParcel(r, []),
    documents: docs.filter((d) => d.parcelId === c.id).map(presentDocument),
    confidential: {
      strategic: c.strategic, ownerOrganisationId: c.ownerOrganisationId, ownerOrganisationName: r.ownerOrganisationName,
      ownerName: c.confOwnerName, minPricePerM2Cents: c.confMinPricePerM2Cents, notes: c.confNotes,
    },
    version: c.version, updatedAt: c.updatedAt.toISOString(),
  };
}

export function presentPublicPremises(r: PremisesRecord): PublicPremisesView {
  const p = r.premises;
  return {
    id: p.id, code: p.code, name: p.name, parkId: p.parkId, parkName: r.park?.name ?? null, parcelId: p.parcelId,
    street: p.street, houseNumber: p.houseNumber, postcode: p.postcode, place: p.place,
    municipalityNis: p.municipalityNis, municipalityName: r.municipalityName, kind: p.kind as PublicPremisesView["kind"], floorAreaM2: p.floorAreaM2,
    geometry: p.geometry, lon: p.lon, lat: p.lat, allowedNace: p.allowedNace,
    availability: p.availability as PublicPremisesView["availability"], availabilitySince: p.availabilitySince, availableFrom: p.availableFrom, vacantSince: p.vacantSince,
    transaction: p.transaction as PublicPremisesView["transaction"], salePricePerM2Cents: p.salePricePerM2Cents, leasePricePerM2YearCents: p.leasePricePerM2YearCents,
    reuse: p.reuse, features: featuresOf(p), access: accessOf(p), demo: p.demo,
  };
}

export function presentPremises(r: PremisesRecord): PremisesView {
  const p = r.premises;
  return {
    ...presentPublicPremises(r),
    confidential: { ownerOrganisationId: p.ownerOrganisationId, ownerName: p.confOwnerName, notes: p.confNotes },
    version: p.version, updatedAt: p.updatedAt.toISOString(),
  };
}

export function presentBrownfield(r: BrownfieldRecord): BrownfieldView {
  const b = r.brownfield;
  return {
    id: b.id, code: b.code, name: b.name, kind: b.kind as BrownfieldView["kind"], municipalityNis: b.municipalityNis, municipalityName: r.municipalityName,
    parkId: b.parkId, geometry: b.geometry, areaM2: b.areaM2, formerUse: b.formerUse,
    renovationStatus: b.renovationStatus as BrownfieldView["renovationStatus"], renovationStatusSince: b.renovationStatusSince, redevelopedOn: b.redevelopedOn,
    description: b.description, confidential: { notes: b.confNotes }, demo: b.demo, version: b.version,
  };
}
