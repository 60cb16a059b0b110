import { inArray } from "drizzle-orm";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { FEATURE_KEYS, type PublicParcelView, type PublicParkView } from "../../../contracts/space-supply.js";
import { spaceParcels } from "../../db/schema/space.js";
import type { Ctx } from "../../platform/context.js";
import { limitExceeded } from "../../platform/errors.js";
import { todayIso, type SpaceDeps } from "./deps.js";
import { OSLO_CONTEXT, parcelNode, parkNode, toWkt } from "./jsonld.js";
import { parcelFilter, parcelOrder, parkFilter, parkOrder, parseListQuery } from "./list-supply.js";
import { readScope, requireReader } from "./policies.js";
import { presentPublicParcel, presentPublicPark } from "./presenters.js";
import { documentsFor, parcelRecords, parkRecords } from "./repo.js";
import { ACCESS_COLUMNS, FEATURE_COLUMNS, PARCEL_COLUMNS, PARK_COLUMNS, centsToEur } from "./supply-columns.js";

/*
 * Exports of parks or parcels as GeoJSON, CSV, XLSX or JSON-LD (OSLO Bedrijventerrein, see jsonld.ts), with the
 * list's filters. The columns are the import's (supply-columns.ts), so a file can be edited and imported again.
 * No confidential field is exported. Staff export what they read in the back office (every availability; a
 * municipality user its own municipality); the public export holds every park and the parcels on offer.
 */

export const EXPORT_LIMIT = 50_000;
export type ExportFormat = "geojson" | "csv" | "xlsx" | "jsonld";
export interface ExportFile { fileName: string; contentType: string; body: Buffer | string }

function parkRow(p: PublicParkView): Record<string, unknown> {
  return {
    code: p.code, name: p.name, kind: p.kind, development_status: p.developmentStatus, municipality_nis: p.municipalityNis, developer: p.developer,
    park_manager: p.parkManager, stated_area_m2: p.statedAreaM2, area_m2: p.areaM2, description: p.description, collaboration: p.collaboration,
    regulation: p.regulation, website: p.website, allowed_nace: p.allowedNace?.join(";") ?? null,
    ...Object.fromEntries(FEATURE_KEYS.map((k) => [FEATURE_COLUMNS[k], p.features[k]])),
    ...Object.fromEntries(Object.entries(ACCESS_COLUMNS).map(([f, c]) => [c, p.access[f as keyof typeof ACCESS_COLUMNS]])),
  };
}

function parcelRow(c: PublicParcelView, parkCode: string | null): Record<string, unknown> {
  return {
    code: c.code, park_code: parkCode, cadastral_ref: c.cadastralRef, municipality_nis: c.municipalityNis, stated_area_m2: c.statedAreaM2, area_m2: c.areaM2,
    zoning: c.zoning, allowed_nace: c.allowedNace?.join(";") ?? null, availability: c.availability, availability_since: c.availabilitySince,
    available_from: c.availableFrom, activated_on: c.activatedOn, origin: c.origin, transaction: c.transaction,
    sale_price_eur_m2: centsToEur(c.salePricePerM2Cents), lease_price_eur_m2_year: centsToEur(c.leasePricePerM2YearCents),
    restrictions: c.restrictions, preemption_right: c.preemptionRight, buyback_right: c.buybackRight,
    ...Object.fromEntries(FEATURE_KEYS.map((k) => [FEATURE_COLUMNS[k], c.features[k]])),
    ...Object.fromEntries(Object.entries(ACCESS_COLUMNS).map(([f, col]) => [col, c.access[f as keyof typeof ACCESS_COLUMNS]])),
  };
}

export async function exportSupply({ ctx, input, deps }: {
  ctx: Ctx;
  input: { target: "parks" | "parcels"; format: ExportFormat; query?: unknown; audience: "staff" | "public" };
  deps?: Partial<SpaceDeps>;
}): Promise<ExportFile> {
  if (input.audience === "staff") requireReader(ctx.actor);
  const q = parseListQuery({ ...((input.query as object) ?? {}), limit: 1, offset: 0 });
  const scope = input.audience === "staff" ? readScope(ctx.actor) : null;
  const offered = input.audience === "public" ? inArray(spaceParcels.availability, ["available", "under_option"]) : undefined;
  let columns: readonly string[];
  let items: { props: Record<string, unknown>; geometry: unknown }[];
  let graph: object[];
  if (input.target === "parks") {
    const found = await parkRecords(ctx, parkFilter({ ...q, availability: undefined }, scope), parkOrder(q), EXPORT_LIMIT + 1);
    if (found.length > EXPORT_LIMIT) throw limitExceeded(`The export is limited to ${EXPORT_LIMIT} records; narrow the filters.`);
    const views = found.map((r) => presentPublicPark(r, []));
    columns = PARK_COLUMNS;
    items = views.map((p) => ({ props: parkRow(p), geometry: p.geometry }));
    const parcels = views.length && input.format === "jsonld" ? await parcelRecords(ctx, parcelFilter({ ...q, municipality: undefined, kind: undefined, availability: undefined, q: undefined, minAreaM2: undefined, maxAreaM2: undefined }, scope, offered)) : [];
    graph = views.map((p) => parkNode(p, parcels.filter((c) => c.parcel.parkId === p.id).map((c) => c.parcel.id)));
  } else {
    const found = await parcelRecords(ctx, parcelFilter(q, scope, offered), parcelOrder(q), EXPORT_LIMIT + 1);
    if (found.length > EXPORT_LIMIT) throw limitExceeded(`The export is limited to ${EXPORT_LIMIT} records; narrow the filters.`);
    const docs = await documentsFor(ctx, { parcelIds: found.map((r) => r.parcel.id) }, true);
    const views = found.map((r) => ({ view: presentPublicParcel(r, docs), parkCode: r.park?.code ?? null }));
    columns = PARCEL_COLUMNS;
    items = views.map((v) => ({ props: parcelRow(v.view, v.parkCode), geometry: v.view.geometry }));
    graph = views.map((v) => parcelNode(v.view));
  }
  const stamp = todayIso(deps);
  const base = `${input.target === "parks" ? "bedrijventerreinen" : "percelen"}-${stamp}`;
  switch (input.format) {
    case "geojson":
      return {
        fileName: `${base}.geojson`, contentType: "application/geo+json; charset=utf-8",
        body: JSON.stringify({ type: "FeatureCollection", features: items.map((i) => ({ type: "Feature", properties: i.props, geometry: i.geometry })) }),
      };
    case "jsonld":
      return { fileName: `${base}.jsonld`, contentType: "application/ld+json; charset=utf-8", body: JSON.stringify({ "@context": OSLO_CONTEXT, "@graph": graph }) };
    case "csv": {
      const header = [...columns, "geometry"];
      const rows = items.map((i) => [...columns.map((c) => i.props[c] ?? ""), toWkt(i.geometry) ?? ""]);
      return { fileName: `${base}.csv`, contentType: "text/csv; charset=utf-8", body: Buffer.from(`\uFEFF${stringify([header, ...rows], { cast: { boolean: (b) => (b ? "true" : "false") } })}`, "utf8") };
    }
    case "xlsx": {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet(input.target === "parks" ? "Bedrijventerreinen" : "Percelen");
      sheet.addRow([...columns, "geometry"]);
      sheet.getRow(1).font = { bold: true };
      for (const i of items) sheet.addRow([...columns.map((c) => (i.props[c] ?? null) as ExcelJS.CellValue), toWkt(i.geometry)]);
      return { fileName: `${base}.xlsx`, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body: Buffer.from(await book.xlsx.writeBuffer()) };
    }
  }
}
