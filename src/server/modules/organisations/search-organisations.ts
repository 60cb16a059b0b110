import { sql, type SQL } from "drizzle-orm";
import { SearchOrganisationsInput, type OrganisationList } from "../../../contracts/organisations.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { visibleOrganisations } from "./access.js";
import { enterpriseNumberQuery } from "./enterprise-number.js";
import { presentListItem, type OrganisationRecord } from "./presenters.js";

/** The count is exact up to this many matches; beyond it the answer says "more than". */
export const TOTAL_CAP = 1000;

/** Word similarity a misspelt name must reach ("Colruit" → Colruyt scores 0.625, "Umicor" → Umicore 0.857); higher values keep broad queries fast. */
const WORD_SIMILARITY = "0.6";

export type SearchInput = ReturnType<typeof SearchOrganisationsInput.parse>;

/** The WHERE conditions and the ranking of a search, shared by the list and the export. */
export function searchConditions(ctx: Ctx, input: SearchInput): { where: SQL; rank: SQL | null } {
  // Records merged into another one stay for their links and history, but search shows only the survivor.
  const conditions: SQL[] = [sql`o.merged_into is null`];
  const scope = visibleOrganisations(ctx.actor);
  if (scope) conditions.push(scope);
  let rank: SQL | null = null;
  if (input.q) {
    const digits = enterpriseNumberQuery(input.q);
    if (digits) {
      conditions.push(sql`o.enterprise_number = ${digits}`);
    } else {
      const key = sql`koers_search_key(${input.q})`;
      conditions.push(sql`${key} <% o.search_key`);
      rank = sql`word_similarity(${key}, o.search_key)`;
    }
  }
  if (input.nace) {
    // Every prefix of every code is in nace_codes (the KBO activities of the enterprise and its
    // establishments, and the hand-made ones): a code or a prefix is one lookup in its GIN index.
    conditions.push(sql`o.nace_codes @> array[${input.nace}]::text[]`);
  }
  if (input.municipality) {
    conditions.push(sql`(o.municipality_nis = ${input.municipality} or o.establishment_nis @> array[${input.municipality}]::text[])`);
  }
  if (input.kind) conditions.push(sql`o.kind = ${input.kind}`);
  if (input.size) conditions.push(sql`o.sme_class = ${input.size}`);
  const where = conditions.length ? sql.join(conditions, sql` and `) : sql`true`;
  return { where, rank };
}

export function orderBy(input: SearchInput, rank: SQL | null): SQL {
  switch (input.sort) {
    case "name":
      return sql`o.name asc, o.id`;
    case "-name":
      return sql`o.name desc, o.id`;
    case "start_date":
      return sql`o.start_date asc nulls last, o.name, o.id`;
    case "-start_date":
      return sql`o.start_date desc nulls last, o.name, o.id`;
    case "updated":
      return sql`o.updated_at asc, o.id`;
    case "-updated":
      return sql`o.updated_at desc, o.id`;
    default:
      return rank ? sql`${rank} desc, o.name, o.id` : sql`o.name asc, o.id`;
  }
}

export const LIST_COLUMNS = sql`o.id, o.kind, o.enterprise_number as "enterpriseNumber", o.name, o.legal_form as "legalForm",
  o.legal_form_label as "legalFormLabel", o.postcode, o.place, o.municipality_nis as "municipalityNis", o.sme_class as "smeClass",
  o.source, o.kbo_active as "kboActive"`;

/**
 * Settings for this transaction only: the fuzzy-match threshold, and no JIT compilation (it costs
 * tens of milliseconds per query and never pays off for a page of results).
 */
export async function fuzzyThreshold(ctx: Ctx): Promise<void> {
  await ctx.db.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY}, true), set_config('jit', 'off', true)`);
}

export function parseSearch(input: unknown): SearchInput {
  const parsed = SearchOrganisationsInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error, "query"));
  return parsed.data;
}

/**
 * Searches the registry: by name (accent- and typo-tolerant), by enterprise number in any written
 * form, by NACE code prefix, municipality (seat or establishment), kind and SME class.
 */
export async function searchOrganisations({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<OrganisationList> {
  const q = parseSearch(input);
  const { where, rank } = searchConditions(ctx, q);
  return withTransaction(ctx, async (tx) => {
    await fuzzyThreshold(tx);
    const rows = (await tx.db.execute(
      sql`select ${LIST_COLUMNS} from organisations o where ${where} order by ${orderBy(q, rank)} limit ${q.limit} offset ${q.offset}`,
    )) as unknown as { rows: OrganisationRecord[] };
    const found = rows.rows.length;
    // A page that is not full tells the total itself (the usual case for a name or a number): no second pass.
    // Otherwise count, stopping past TOTAL_CAP: a broad search answers "more than 1,000" at once instead of counting millions.
    let n = q.offset + found;
    if (found === q.limit || (found === 0 && q.offset > 0)) {
      const total = (await tx.db.execute(
        sql`select count(*)::int as n from (select 1 from organisations o where ${where} limit ${TOTAL_CAP + 1}) x`,
      )) as unknown as { rows: { n: number }[] };
      n = Number(total.rows[0].n);
    }
    return { total: Math.min(n, TOTAL_CAP), totalCapped: n > TOTAL_CAP, items: rows.rows.map(presentListItem) };
  });
}
