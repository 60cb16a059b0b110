import { and, eq, inArray, or, sql } from "drizzle-orm";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { ControlLink } from "../../../contracts/grants.js";
import { organisationRelations } from "../../db/schema/organisations.js";
import type { Ctx } from "../../platform/context.js";
import { notFound, validation } from "../../platform/errors.js";
import { formatEnterpriseNumber } from "../organisations/index.js";
import { countsOn, windowStart } from "./de-minimis.js";
import { requireGrantReader } from "./decision-policies.js";
import { loadCall, rows } from "./decision-repo.js";
import { todayOf, type GrantDeps } from "./grant-deps.js";
import { groupIntoUndertakings } from "./single-undertaking.js";

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const euro = (cents: number) => Math.round(cents) / 100;

async function file(name: string, format: "csv" | "xlsx", sheetName: string, header: string[], table: (string | number)[][]): Promise<ExportFile> {
  if (format === "csv") {
    return { fileName: `${name}.csv`, contentType: "text/csv; charset=utf-8", body: Buffer.from(`\uFEFF${stringify([header, ...table], { delimiter: ";" })}`, "utf8") };
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  sheet.addRow(header).font = { bold: true };
  for (const row of table) sheet.addRow(row);
  sheet.columns.forEach((c) => {
    c.width = 20;
  });
  return { fileName: `${name}.xlsx`, contentType: XLSX, body: Buffer.from(await book.xlsx.writeBuffer()) };
}

interface DeMinimisRecord {
  award_id: string;
  organisation_id: string;
  name: string;
  enterprise_number: string | null;
  amount_cents: string | number;
  grant_date: string;
  regulation: string;
  reference: string;
  fund_nl: string;
  purpose: string;
}

/**
 * The de minimis aid granted in Koers, per single undertaking (enterprises linked by control count as
 * one), as the central register asks since 2026: each aid with its undertaking, and the undertaking's
 * total over the three years up to the export date.
 */
export async function exportDeMinimisRegister({ ctx, input, deps }: { ctx: Ctx; input: { format: "csv" | "xlsx" }; deps?: Partial<GrantDeps> }): Promise<ExportFile> {
  requireGrantReader(ctx.actor);
  if (input.format !== "csv" && input.format !== "xlsx") throw validation([{ path: "format", code: "invalid", message: "csv or xlsx" }]);
  const today = todayOf(deps);
  const aid = await rows<DeMinimisRecord>(
    ctx,
    sql`select a.id as award_id, a.organisation_id, o.name, o.enterprise_number, a.amount_cents, a.grant_date::text as grant_date, a.regulation,
          g.reference, f.name_nl as fund_nl, a.purpose
        from grant_awards a join organisations o on o.id = a.organisation_id join grant_applications g on g.id = a.application_id
        join grant_funds f on f.id = a.fund_id
        where a.de_minimis order by a.grant_date, o.name`,
  );
  const ids = [...new Set(aid.map((a) => a.organisation_id))];
  const rels = ids.length
    ? await ctx.db.select().from(organisationRelations).where(and(eq(organisationRelations.relation, "linked"), or(inArray(organisationRelations.organisationId, ids), inArray(organisationRelations.relatedId, ids))))
    : [];
  const links: ControlLink[] = rels.map((r) => ({
    controllerId: r.upstream ? r.relatedId : r.organisationId,
    controlledId: r.upstream ? r.organisationId : r.relatedId,
    basis: "voting_majority",
    validFrom: null,
    validUntil: null,
  }));
  const { groups } = groupIntoUndertakings(ids, { links, asOf: today });
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.enterpriseIds.forEach((id) => groupOf.set(id, i)));
  const first = new Map(aid.map((a) => [a.organisation_id, a]));
  const label = (i: number) => {
    const lead = first.get(groups[i].enterpriseIds[0])!;
    return lead.enterprise_number ? formatEnterpriseNumber(lead.enterprise_number) : lead.name;
  };
  const windowTotal = (i: number) =>
    aid.filter((a) => groupOf.get(a.organisation_id) === i && countsOn(a.grant_date, today)).reduce((s, a) => s + Number(a.amount_cents), 0);
  const header = [
    "Onderneming (één onderneming)", "Ondernemingsnummer", "Begunstigde", "Datum toekenning", "Bedrag (EUR)", "Verordening", "Verstrekker", "Instrument",
    "Referentie", "Doel", `Totaal één onderneming ${windowStart(today)} – ${today} (EUR)`,
  ];
  const table = aid
    .map((a) => ({ a, g: groupOf.get(a.organisation_id)! }))
    .sort((x, y) => x.g - y.g || (x.a.grant_date < y.a.grant_date ? -1 : 1))
    .map(({ a, g }) => [
      label(g), a.enterprise_number ? formatEnterpriseNumber(a.enterprise_number) : "", a.name, a.grant_date, euro(Number(a.amount_cents)), a.regulation,
      "Provincie Limburg", a.fund_nl, a.reference, a.purpose, euro(windowTotal(g)),
    ]);
  return file(`de-minimisregister-${today}`, input.format, "De minimis", header, table);
}

interface CallRecord {
  reference: string;
  title: string;
  name: string;
  enterprise_number: string | null;
  status: string;
  requested: string | number | null;
  submitted_at: string | null;
  outcome: string | null;
  amount: string | number | null;
  decision_date: string | null;
  paid: string | number;
  reviews: number;
  partners: string;
}

/** Every application of a call (drafts excluded) with its status, amounts, decision and payments, as XLSX. */
export async function exportCall({ ctx, input, deps }: { ctx: Ctx; input: { callId: string }; deps?: Partial<GrantDeps> }): Promise<ExportFile> {
  requireGrantReader(ctx.actor);
  if (!/^[0-9a-f-]{36}$/i.test(input.callId)) throw notFound("call");
  const { call } = await loadCall(ctx, input.callId);
  const found = await rows<CallRecord>(
    ctx,
    sql`select g.reference, g.title, o.name, o.enterprise_number, g.status, g.amount_requested_cents as requested, g.submitted_at::text as submitted_at,
          d.outcome, d.amount_cents as amount, d.decision_date::text as decision_date,
          coalesce((select sum(p.amount_cents) from grant_payments p where p.application_id = g.id), 0) as paid,
          (select count(*)::int from grant_review_assignments r where r.application_id = g.id and r.status = 'scored') as reviews,
          coalesce((select string_agg(po.name, ', ' order by po.name) from grant_application_partners gp join organisations po on po.id = gp.organisation_id
                    where gp.application_id = g.id and gp.role = 'partner' and gp.status = 'confirmed'), '') as partners
        from grant_applications g join organisations o on o.id = g.organisation_id left join grant_decisions d on d.application_id = g.id
        where g.call_id = ${call.id} and g.status <> 'draft' order by g.reference`,
  );
  const header = ["Referentie", "Titel", "Aanvrager", "Ondernemingsnummer", "Partners", "Status", "Gevraagd (EUR)", "Ingediend", "Beslissing", "Toegekend (EUR)", "Beslist op", "Betaald (EUR)", "Beoordelingen"];
  const table = found.map((r) => [
    r.reference, r.title, r.name, r.enterprise_number ? formatEnterpriseNumber(r.enterprise_number) : "", r.partners, r.status,
    r.requested == null ? "" : euro(Number(r.requested)), r.submitted_at?.slice(0, 10) ?? "", r.outcome ?? "", r.amount == null ? "" : euro(Number(r.amount)),
    r.decision_date ?? "", euro(Number(r.paid)), r.reviews,
  ]);
  return file(`oproep-${call.code}-${todayOf(deps)}`, "xlsx", call.code.slice(0, 31), header, table);
}
