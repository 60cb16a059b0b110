import { sql } from "drizzle-orm";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { checkRepoint, type RepointInput } from "../../platform/repoint.js";
import { rows } from "../../platform/sql.js";
import { preconditionFailed } from "../../platform/errors.js";

export type RepointGrantsInput = RepointInput;

export interface RepointGrantsResult {
  /** The applications in which the organisation took part (as lead or partner), now the other one's. */
  applicationIds: string[];
  /** Rows moved per table. */
  moved: { applications: number; partners: number; declarations: number; awards: number; decisionShares: number };
}

/**
 * Moves everything the grants module holds for one organisation to another (when a duplicate record is
 * merged into the one that survives): applications it leads, its partner rows, the de minimis aid it
 * declared, the awards granted to it and its shares in decisions. Nothing is deleted or recomputed: the
 * applicant snapshot stays as it was at the start. Refused (precondition_failed) when both organisations
 * take part in the same application (lead and partner, or two partners): that consortium must be changed
 * first. One audit row per application touched. Runs in the caller's transaction when there is one.
 * Administrators and account managers (the ones who merge).
 */
export async function repointOrganisation({ ctx, input }: { ctx: Ctx; input: RepointGrantsInput }): Promise<RepointGrantsResult> {
  const { from, to } = checkRepoint(ctx.actor, input);
  return withTransaction(ctx, async (tx) => {
    const touched = await rows<{ id: string; reference: string; lead: boolean }>(tx, sql`
      select a.id, a.reference, a.organisation_id = ${from}::uuid as lead from grant_applications a
      where a.organisation_id = ${from}::uuid
         or exists (select 1 from grant_application_partners p where p.application_id = a.id and p.organisation_id = ${from}::uuid)
         or exists (select 1 from grant_de_minimis_declarations d where d.application_id = a.id and d.organisation_id = ${from}::uuid)
         or exists (select 1 from grant_awards w where w.application_id = a.id and w.organisation_id = ${from}::uuid)
      order by a.id for update`);
    if (touched.length === 0) return { applicationIds: [], moved: { applications: 0, partners: 0, declarations: 0, awards: 0, decisionShares: 0 } };

    const clashes = await rows<{ reference: string }>(tx, sql`
      select distinct a.reference from grant_applications a
      where (a.organisation_id in (${from}::uuid, ${to}::uuid)
             or exists (select 1 from grant_application_partners p where p.application_id = a.id and p.organisation_id in (${from}::uuid, ${to}::uuid))
             or exists (select 1 from grant_awards w where w.application_id = a.id and w.organisation_id in (${from}::uuid, ${to}::uuid)))
        and (a.organisation_id = ${from}::uuid
             or exists (select 1 from grant_application_partners p where p.application_id = a.id and p.organisation_id = ${from}::uuid)
             or exists (select 1 from grant_awards w where w.application_id = a.id and w.organisation_id = ${from}::uuid))
        and (a.organisation_id = ${to}::uuid
             or exists (select 1 from grant_application_partners p where p.application_id = a.id and p.organisation_id = ${to}::uuid)
             or exists (select 1 from grant_awards w where w.application_id = a.id and w.organisation_id = ${to}::uuid))
      order by a.reference`);
    if (clashes.length) {
      throw preconditionFailed("Both organisations take part in the same grant application; change that consortium first.", clashes.map((c) => ({
        path: "grantApplications",
        code: "same_application",
        message: `Both organisations take part in application ${c.reference} (as lead or partner).`,
      })));
    }

    const ids = (q: { id: string }[]) => q.map((r) => r.id);
    const applications = await rows<{ id: string }>(tx, sql`
      update grant_applications set organisation_id = ${to}::uuid, version = version + 1, updated_at = now()
      where organisation_id = ${from}::uuid returning id`);
    const partners = await rows<{ id: string; applicationId: string }>(tx, sql`
      update grant_application_partners set organisation_id = ${to}::uuid, version = version + 1
      where organisation_id = ${from}::uuid returning id, application_id as "applicationId"`);
    const declarations = await rows<{ id: string; applicationId: string }>(tx, sql`
      update grant_de_minimis_declarations set organisation_id = ${to}::uuid
      where organisation_id = ${from}::uuid returning id, application_id as "applicationId"`);
    const awards = await rows<{ id: string; applicationId: string }>(tx, sql`
      update grant_awards set organisation_id = ${to}::uuid
      where organisation_id = ${from}::uuid returning id, application_id as "applicationId"`);
    // Shares in a decision name the organisation inside a JSON array.
    const decisions = await rows<{ id: string; applicationId: string }>(tx, sql`
      update grant_decisions d set shares = (
        select coalesce(jsonb_agg(case when s->>'organisationId' = ${from}
                                       then jsonb_set(s, '{organisationId}', to_jsonb(${to}::text)) else s end order by i), '[]'::jsonb)
        from jsonb_array_elements(d.shares) with ordinality as e(s, i))
      where exists (select 1 from jsonb_array_elements(d.shares) s where s->>'organisationId' = ${from})
      returning d.id, d.application_id as "applicationId"`);

    const of = (list: { id: string; applicationId: string }[], applicationId: string) => ids(list.filter((r) => r.applicationId === applicationId));
    for (const a of touched) {
      await writeAudit(tx, {
        action: "grant_application.repoint_organisation",
        entity: "grant_application",
        entityId: a.id,
        before: { organisationId: from, lead: a.lead },
        after: {
          organisationId: to,
          lead: a.lead,
          partnerIds: of(partners, a.id),
          declarationIds: of(declarations, a.id),
          awardIds: of(awards, a.id),
          decisionIds: of(decisions, a.id),
        },
      });
    }
    return {
      applicationIds: ids(touched),
      moved: { applications: applications.length, partners: partners.length, declarations: declarations.length, awards: awards.length, decisionShares: decisions.length },
    };
  });
}
