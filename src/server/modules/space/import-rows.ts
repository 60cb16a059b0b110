import type { z } from "zod";
import { FEATURE_KEYS, type ImportRowProblem, type ImportTarget } from "../../../contracts/space-supply.js";
import { ACCESS_COLUMNS, FEATURE_COLUMNS, eurToCents } from "./supply-columns.js";

/*
 * One import row's flat properties → the fields of a park or parcel input, with only the columns the row gives
 * (so that an update changes only those). Property names are matched case-insensitively, snake_case or
 * camelCase. Values from CSV are text and are converted here; a value that cannot be read is a problem.
 */

type Problem = z.infer<typeof ImportRowProblem>;

const snake = (k: string) => k.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().trim();

function toNumber(v: unknown): number | null | undefined {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return v;
  const s = String(v).trim().replace(/\s/g, "");
  const normal = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) ? s.replace(/\./g, "").replace(",", ".") : s.replace(",", ".");
  const n = Number(normal);
  return Number.isFinite(n) ? n : undefined;
}

function toBool(v: unknown): boolean | null | undefined {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "boolean") return v;
  const s = String(v).trim().toLowerCase();
  if (["true", "ja", "yes", "1", "waar", "j", "y"].includes(s)) return true;
  if (["false", "nee", "no", "0", "onwaar", "n"].includes(s)) return false;
  return undefined;
}

const TEXT_PARK: Record<string, string> = {
  code: "code", name: "name", kind: "kind", development_status: "developmentStatus", municipality_nis: "municipalityNis", developer: "developer",
  park_manager: "parkManager", description: "description", collaboration: "collaboration", regulation: "regulation", website: "website",
};
const TEXT_PARCEL: Record<string, string> = {
  code: "code", cadastral_ref: "cadastralRef", municipality_nis: "municipalityNis", zoning: "zoning", availability: "availability",
  availability_since: "availabilitySince", available_from: "availableFrom", activated_on: "activatedOn", origin: "origin", transaction: "transaction", restrictions: "restrictions",
};

export function rowToInput(target: ImportTarget, rawProps: Record<string, unknown>): { given: Record<string, unknown>; parkCode: string | null; problems: Problem[] } {
  const props = new Map(Object.entries(rawProps).map(([k, v]) => [snake(k), v]));
  const given: Record<string, unknown> = {};
  const problems: Problem[] = [];
  const bad = (column: string, what: string) => problems.push({ path: column, code: "invalid_value", message: `Column ${column}: ${what}.` });
  const text = target === "parks" ? TEXT_PARK : TEXT_PARCEL;
  for (const [column, field] of Object.entries(text)) {
    if (!props.has(column)) continue;
    const v = props.get(column);
    given[field] = v === null || v === "" ? null : String(v).trim();
  }
  if (typeof given.municipalityNis === "string" && /^\d{5}\.0$/.test(given.municipalityNis)) given.municipalityNis = given.municipalityNis.slice(0, 5);
  const num = (column: string, field: string, convert: (n: number) => number = (n) => n) => {
    if (!props.has(column)) return;
    const n = toNumber(props.get(column));
    if (n === undefined) bad(column, "not a number");
    else given[field] = n === null ? null : convert(n);
  };
  num("stated_area_m2", "statedAreaM2");
  if (target === "parcels") {
    num("sale_price_eur_m2", "salePricePerM2Cents", eurToCents);
    num("lease_price_eur_m2_year", "leasePricePerM2YearCents", eurToCents);
    for (const [column, field] of [["preemption_right", "preemptionRight"], ["buyback_right", "buybackRight"]]) {
      if (!props.has(column)) continue;
      const b = toBool(props.get(column));
      if (b === undefined) bad(column, "not true or false");
      else given[field] = b ?? false;
    }
  }
  if (props.has("allowed_nace")) {
    const v = props.get("allowed_nace");
    given.allowedNace = v === null || v === "" ? null : Array.isArray(v) ? v.map(String) : String(v).split(/[;|]/).map((s) => s.trim()).filter(Boolean);
  }
  const features: Record<string, boolean | null> = {};
  for (const k of FEATURE_KEYS) {
    const column = FEATURE_COLUMNS[k];
    if (!props.has(column)) continue;
    const b = toBool(props.get(column));
    if (b === undefined) bad(column, "not true or false");
    else features[k] = target === "parks" ? (b ?? false) : b;
  }
  if (Object.keys(features).length) given.features = features;
  const access: Record<string, number | boolean | null> = {};
  for (const [field, column] of Object.entries(ACCESS_COLUMNS)) {
    if (!props.has(column)) continue;
    if (field === "bikeRoute") {
      const b = toBool(props.get(column));
      if (b === undefined) bad(column, "not true or false");
      else access[field] = b;
    } else {
      const n = toNumber(props.get(column));
      if (n === undefined) bad(column, "not a number");
      else access[field] = n;
    }
  }
  if (Object.keys(access).length) given.access = access;
  const pc = props.get("park_code");
  return { given, parkCode: pc === undefined || pc === null || pc === "" ? null : String(pc).trim(), problems };
}
