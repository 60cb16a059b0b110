import { and, eq, inArray, ne, or } from "drizzle-orm";
import type { ControlLink, DeMinimisAid } from "../../../contracts/grants.js";
import { EligibilityQuery, type EligibilityView } from "../../../contracts/grants-decisions.js";
import { grantDeMinimisDeclarations } from "../../db/schema/grants.js";
import { grantAwards, grantEligibilityChecks } from "../../db/schema/grants-decisions.js";
import { organisationRelations } from "../../db/schema/organisations.js";
import { systemActor, withTransaction, type Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { formatEnterpriseNumber, getOrganisation } from "../organisations/index.js";
import { evaluateConsortium } from "./consortium.js";
import { assessDeMinimis } from "./de-minimis.js";
import { requireOfficer, userIdOf } from "./decision-policies.js";
import {
  confirmedParticipants, limburgNis, loadApplication, loadCall, organisationsByIds, type ApplicationRow, type OrganisationRow, type Participant,
} from "./decision-repo.js";
import { todayOf, type GrantDeps } from "./grant-deps.js";
import { singleUndertaking } from "./single-undertaking.js";

const PUBLIC_KINDS = new Set(["municipality", "public_body"]);
const MAX_LINK_DEPTH = 8;

/** The id the pure rules see for an organisation: its enterprise number (readable in the reasons), else its uuid. */
const keyOf = (o: Pick<OrganisationRow, "id" | "enterpriseNumber">) => (o.enterpriseNumber ? formatEnterpriseNumber(o.enterpriseNumber) : o.id);

/**
 * Control links (organisation relations of kind "linked") reachable from the given organisations, as
 * the single-undertaking rule reads them: the upstream side controls the other.
 */
async function controlGraph(ctx: Ctx, startIds: string[]) {
  const seen = new Set(startIds);
  let frontier = [...startIds];
  const rels = new Map<string, typeof organisationRelations.$inferSelect>();
  for (let depth = 0; depth < MAX_LINK_DEPTH && frontier.length > 0; depth++) {
    const found = await ctx.db
      .select()
      .from(organisationRelations)
      .where(and(eq(organisationRelations.relation, "linked"), or(inArray(organisationRelations.organisationId, frontier), inArray(organisationRelations.relatedId, frontier))));
    const next: string[] = [];
    for (const r of found) {
      rels.set(r.id, r);
      for (const id of [r.organisationId, r.relatedId]) if (!seen.has(id)) (seen.add(id), next.push(id));
    }
    frontier = next;
  }
  const orgs = await organisationsByIds(ctx, [...seen]);
  const links: ControlLink[] = [...rels.values()].map((r) => {
    const [controller, controlled] = r.upstream ? [r.relatedId, r.organisationId] : [r.organisationId, r.relatedId];
    return { controllerId: keyOf(orgs.get(controller)!), controlledId: keyOf(orgs.get(controlled)!), basis: "voting_majority", validFrom: null, validUntil: null };
  });
  const publicBodyIds = new Set([...orgs.values()].filter((o) => PUBLIC_KINDS.has(o.kind)).map(keyOf));
  return { links, orgs, publicBodyIds };
}

/** Equal shares of the amount over the participants; the lead takes the odd cents. */
export function defaultShares(participants: Participant[], amountCents: number): { organisationId: string; amountCents: number }[] {
  const n = participants.length || 1;
  const each = Math.floor(amountCents / n);
  return participants.map((p, i) => ({ organisationId: p.organisationId, amountCents: i === 0 ? amountCents - each * (n - 1) : each }));
}

export interface EligibilityInput {
  application: ApplicationRow;
  amountCents: number;
  asOf: string;
  shares?: { organisationId: string; amountCents: number }[];
}

/** Computes eligibility (no writes): SME status of each company, the consortium rule and de minimis per single undertaking. */
export async function computeEligibility(ctx: Ctx, input: EligibilityInput): Promise<EligibilityView> {
  const { application, amountCents, asOf } = input;
  const sys = { ...ctx, actor: systemActor("grants eligibility") };
  const { call } = await loadCall(ctx, application.callId);
  const rules = call.rules;
  const participants = await confirmedParticipants(ctx, application.id);
  const shares = input.shares ?? defaultShares(participants, amountCents);
  const shareOf = new Map(shares.map((s) => [s.organisationId, s.amountCents]));
  const profiles = await Promise.all(participants.map((p) => getOrganisation({ ctx: sys, input: { id: p.organisationId } })));
  const graph = await controlGraph(ctx, participants.map((p) => p.organisationId));
  const idByKey = new Map([...graph.orgs.values()].map((o) => [keyOf(o), o.id]));

  const companies = participants.map((p, i) => {
    const prof = profiles[i];
    return {
      enterpriseId: keyOf(p.org),
      name: p.org.name,
      smeClass: prof.sme.class,
      seatNis: p.org.municipalityNis,
      establishmentNis: [...new Set([...(p.org.establishmentNis ?? []), ...prof.establishments.map((e) => e.municipalityNis).filter((n): n is string => !!n)])],
      naceCodes: prof.activities
        .filter((a) => /^\d{2}(\.?\d{1,3})?$/.test(a.naceCode))
        .map((a) => ({ code: a.naceCode, main: a.classification === "MAIN" })),
    };
  });
  const limburg = await limburgNis(ctx);
  const consortium = evaluateConsortium({ companies, links: graph.links, asOf, rules, limburgNis: limburg, publicBodyIds: graph.publicBodyIds });

  // De minimis per single undertaking: one check per group of participants that belong together.
  const undertakings: EligibilityView["deMinimis"]["undertakings"] = [];
  if (rules.deMinimis) {
    // First the groups (pure), then the aid of all their members in one read each, split per group.
    const groups: { su: ReturnType<typeof singleUndertaking>; memberIds: string[]; inGroup: Participant[] }[] = [];
    const done = new Set<string>();
    for (const p of participants) {
      if (done.has(p.organisationId)) continue;
      const su = singleUndertaking(keyOf(p.org), { links: graph.links, asOf, publicBodyIds: graph.publicBodyIds });
      const memberIds = su.members.map((m) => idByKey.get(m.enterpriseId) ?? m.enterpriseId);
      const inGroup = participants.filter((q) => memberIds.includes(q.organisationId));
      inGroup.forEach((q) => done.add(q.organisationId));
      groups.push({ su, memberIds, inGroup });
    }
    const allMemberIds = [...new Set(groups.flatMap((g) => g.memberIds))];
    const allKoers = allMemberIds.length
      ? await ctx.db
          .select()
          .from(grantAwards)
          .where(and(inArray(grantAwards.organisationId, allMemberIds), eq(grantAwards.deMinimis, true), ne(grantAwards.applicationId, application.id)))
      : [];
    const allDeclared = allMemberIds.length
      ? await ctx.db
          .select()
          .from(grantDeMinimisDeclarations)
          .where(and(eq(grantDeMinimisDeclarations.applicationId, application.id), inArray(grantDeMinimisDeclarations.organisationId, allMemberIds)))
      : [];
    for (const { su, memberIds, inGroup } of groups) {
      const awardCents = inGroup.reduce((s, q) => s + (shareOf.get(q.organisationId) ?? 0), 0);
      const koers = allKoers.filter((a) => memberIds.includes(a.organisationId));
      const declared = allDeclared.filter((d) => memberIds.includes(d.organisationId));
      const orgKey = (id: string) => keyOf(graph.orgs.get(id) ?? { id, enterpriseNumber: null });
      const aid: DeMinimisAid[] = [
        ...koers.map((a) => ({ id: `koers-${a.id.slice(0, 8)}`, enterpriseId: orgKey(a.organisationId), amountCents: a.amountCents, grantDate: String(a.grantDate), grantingBody: "Provincie Limburg (Koers)", regulation: a.regulation as DeMinimisAid["regulation"], source: "koers" as const })),
        ...declared.map((d) => ({ id: `declared-${d.id.slice(0, 8)}`, enterpriseId: orgKey(d.organisationId), amountCents: d.amountCents, grantDate: String(d.aidDate), grantingBody: d.grantingAuthority, regulation: d.regulation as DeMinimisAid["regulation"], source: "declared" as const })),
      ];
      const result = assessDeMinimis({ aid, award: { amountCents: awardCents, grantDate: asOf }, memberIds: su.members.map((m) => m.enterpriseId) });
      undertakings.push({
        memberIds,
        members: su.members.map((m) => ({ organisationId: idByKey.get(m.enterpriseId) ?? m.enterpriseId, name: graph.orgs.get(idByKey.get(m.enterpriseId) ?? "")?.name ?? m.enterpriseId, reason: m.reason })),
        participantIds: inGroup.map((q) => q.organisationId),
        awardCents,
        result,
      });
    }
  }

  const failedRules = [
    ...consortium.rules.filter((r) => r.status === "failed").map((r) => r.rule as string),
    ...(undertakings.some((u) => u.result.verdict === "exceeds") ? ["de_minimis"] : []),
  ];
  return {
    checkId: null,
    applicationId: application.id,
    asOf,
    amountCents,
    passed: failedRules.length === 0,
    failedRules,
    companies: participants.map((p, i) => ({
      organisationId: p.organisationId,
      name: p.org.name,
      enterpriseNumber: p.org.enterpriseNumber ? formatEnterpriseNumber(p.org.enterpriseNumber) : null,
      role: p.role,
      smeClass: profiles[i].sme.class,
      smeReasons: profiles[i].sme.reasons.map((r) => ({ code: r.code, message: r.message })),
      related: profiles[i].sme.enterprises.map((e) => ({ id: e.id, name: e.name, relation: e.relation, sharePct: e.sharePct })),
      municipalityNis: p.org.municipalityNis,
      shareCents: shareOf.get(p.organisationId) ?? 0,
    })),
    consortium,
    deMinimis: { applies: rules.deMinimis, undertakings },
    computedAt: new Date().toISOString(),
  };
}

/** Stores a computation as shown (the decision refers to the one it relied on). */
export async function storeEligibility(ctx: Ctx, view: EligibilityView): Promise<EligibilityView> {
  const [row] = await ctx.db
    .insert(grantEligibilityChecks)
    .values({ applicationId: view.applicationId, asOf: view.asOf, amountCents: view.amountCents, passed: view.passed, result: view as unknown as Record<string, unknown>, computedBy: userIdOf(ctx.actor) })
    .returning({ id: grantEligibilityChecks.id, computedAt: grantEligibilityChecks.computedAt });
  return { ...view, checkId: row.id, computedAt: row.computedAt.toISOString() };
}

/**
 * The eligibility of an application for an amount (default: the amount requested) on a grant date
 * (default: today), explained rule by rule. `store` keeps the computation (POST), otherwise it is only shown.
 */
export async function checkEligibility({
  ctx,
  input,
  deps,
}: {
  ctx: Ctx;
  input: { id: string; store?: boolean } & EligibilityQuery;
  deps?: Partial<GrantDeps>;
}): Promise<EligibilityView> {
  requireOfficer(ctx.actor);
  const parsed = EligibilityQuery.safeParse({ amountCents: input.amountCents, asOf: input.asOf });
  if (!parsed.success) throw validation(zodDetails(parsed.error, "query"));
  const application = await loadApplication(ctx, input.id);
  const asOf = parsed.data.asOf ?? todayOf(deps);
  const amountCents = parsed.data.amountCents ?? application.amountRequestedCents ?? 0;
  const view = await computeEligibility(ctx, { application, amountCents, asOf });
  if (!input.store) return view;
  return withTransaction(ctx, (tx) => storeEligibility(tx, view));
}
