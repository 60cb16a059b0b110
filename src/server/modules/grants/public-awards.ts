import { sql } from "drizzle-orm";
import { AwardsQuery, type PublicAwardPage } from "../../../contracts/grants-decisions.js";
import type { Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { formatEnterpriseNumber } from "../organisations/index.js";
import { rows } from "./decision-repo.js";

interface AwardRecord {
  name: string;
  enterprise_number: string | null;
  natural_person: boolean;
  municipality_nis: string | null;
  fund_code: string;
  fund_nl: string;
  fund_en: string;
  instrument: string;
  amount_cents: string | number;
  grant_date: string;
  purpose: string;
  de_minimis: boolean;
}

/**
 * A registry entry from the KBO without a legal form is a natural person (a sole trader): their name is
 * personal data, so the public list shows "natural person" instead of the name and number.
 */
export const NATURAL_PERSON_SQL = sql`(o.source = 'kbo' and o.legal_form is null)`;

/**
 * The public list of awarded aid: beneficiary, instrument, amount, date and purpose. No personal data:
 * no contact persons, no addresses, and no names of natural persons. Filter by fund, year or name.
 */
export async function listPublicAwards({ ctx, input }: { ctx: Ctx; input: AwardsQuery }): Promise<PublicAwardPage> {
  const parsed = AwardsQuery.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error, "query"));
  const q = parsed.data;
  const where = sql.join(
    [
      sql`true`,
      ...(q.fund ? [sql`f.code = ${q.fund}`] : []),
      ...(q.year ? [sql`extract(year from a.grant_date) = ${q.year}`] : []),
      ...(q.q ? [sql`(o.name ilike ${`%${q.q}%`} and not ${NATURAL_PERSON_SQL})`] : []),
    ],
    sql` and `,
  );
  const from = sql`grant_awards a join organisations o on o.id = a.organisation_id join grant_funds f on f.id = a.fund_id where ${where}`;
  const [totals] = await rows<{ n: number; cents: string | number }>(ctx, sql`select count(*)::int as n, coalesce(sum(a.amount_cents), 0) as cents from ${from}`);
  const found = await rows<AwardRecord>(
    ctx,
    sql`select o.name, o.enterprise_number, ${NATURAL_PERSON_SQL} as natural_person, o.municipality_nis, f.code as fund_code, f.name_nl as fund_nl, f.name_en as fund_en,
          a.instrument, a.amount_cents, a.grant_date::text as grant_date, a.purpose, a.de_minimis
        from ${from} order by a.grant_date desc, o.name, a.id limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
  );
  return {
    items: found.map((r) => ({
      beneficiary: r.natural_person ? "—" : r.name,
      enterpriseNumber: r.natural_person || !r.enterprise_number ? null : formatEnterpriseNumber(r.enterprise_number),
      municipalityNis: r.municipality_nis,
      instrumentNl: r.fund_nl,
      instrumentEn: r.fund_en,
      fundCode: r.fund_code,
      kind: r.instrument as "grant" | "repayable_advance",
      amountCents: Number(r.amount_cents),
      grantDate: r.grant_date,
      purpose: r.purpose,
      deMinimis: r.de_minimis,
    })),
    total: totals?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
    totalCents: Number(totals?.cents ?? 0),
  };
}
