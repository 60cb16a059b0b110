import { and, asc, eq, inArray } from "drizzle-orm";
import type { ApplicationStatus, SmeClass } from "../../../contracts/grants.js";
import type { ApplicationDetail, ApplicationLanguage, PartnerStatus, PartnerView } from "../../../contracts/grants-portal.js";
import {
  grantApplicationPartners, grantApplications, grantAttachments, grantCalls, grantDeMinimisDeclarations, grantEnvelopes, grantFunds,
  grantInformationRequests,
} from "../../db/schema/grants.js";
import { organisations } from "../../db/schema/organisations.js";
import type { Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { readiness } from "./application-readiness.js";
import { isOfficer, myOrganisations, requireApplicationRole } from "./portal-policies.js";
import { iso, isoOrNull, presentCall, type CallRow, type EnvelopeRow, type FundRow } from "./portal-presenters.js";

export type ApplicationRow = typeof grantApplications.$inferSelect;
export type View = "full" | "partner";
export interface ApplicationAccess {
  app: ApplicationRow;
  call: CallRow;
  fund: FundRow;
  envelope: EnvelopeRow;
  view: View;
  /** Organisations the reader acts for in this application (lead and/or partner). */
  mine: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The application as the actor may see it, or not_found: officers and administrators see every
 * application in full; an entrepreneur sees it in full when they act for the lead, in the partner view
 * when they act for a partner. `lock` takes the row lock for a verb that changes the application.
 */
export async function loadApplication(ctx: Ctx, id: string, lock = false): Promise<ApplicationAccess> {
  requireApplicationRole(ctx.actor);
  if (!UUID.test(id)) throw notFound("application");
  const q = ctx.db.select().from(grantApplications).where(eq(grantApplications.id, id));
  const [app] = lock ? await q.for("update") : await q;
  if (!app) throw notFound("application");
  let view: View | null = null;
  let mine: string[] = [];
  if (isOfficer(ctx.actor)) view = "full";
  const ownOrgs = myOrganisations(ctx.actor);
  if (ownOrgs.length) {
    const rows = await ctx.db
      .select({ organisationId: grantApplicationPartners.organisationId })
      .from(grantApplicationPartners)
      .where(and(eq(grantApplicationPartners.applicationId, id), inArray(grantApplicationPartners.organisationId, ownOrgs)));
    mine = [...new Set([...rows.map((r) => r.organisationId), ...(ownOrgs.includes(app.organisationId) ? [app.organisationId] : [])])];
    if (ownOrgs.includes(app.organisationId)) view = "full";
    else if (!view && mine.length) view = "partner";
  }
  if (!view) throw notFound("application");
  const [row] = await ctx.db
    .select({ c: grantCalls, f: grantFunds, e: grantEnvelopes })
    .from(grantCalls)
    .innerJoin(grantFunds, eq(grantFunds.id, grantCalls.fundId))
    .innerJoin(grantEnvelopes, eq(grantEnvelopes.id, grantCalls.envelopeId))
    .where(eq(grantCalls.id, app.callId));
  return { app, call: row.c, fund: row.f, envelope: row.e, view, mine };
}

/** The lead and partners with registry names, and their declared de minimis aid (all, or only the given organisations'). */
export async function partnersOf(ctx: Ctx, applicationId: string, declarationsOf: string[] | "all"): Promise<PartnerView[]> {
  const rows = await ctx.db
    .select({ p: grantApplicationPartners, o: organisations })
    .from(grantApplicationPartners)
    .innerJoin(organisations, eq(organisations.id, grantApplicationPartners.organisationId))
    .where(eq(grantApplicationPartners.applicationId, applicationId))
    .orderBy(asc(grantApplicationPartners.invitedAt));
  const decl = await ctx.db.select().from(grantDeMinimisDeclarations).where(eq(grantDeMinimisDeclarations.applicationId, applicationId)).orderBy(asc(grantDeMinimisDeclarations.aidDate));
  const leadFirst = [...rows].sort((a, b) => (a.p.role === b.p.role ? 0 : a.p.role === "lead" ? -1 : 1));
  return leadFirst.map(({ p, o }) => ({
    id: p.id,
    organisationId: p.organisationId,
    name: o.name,
    enterpriseNumber: o.enterpriseNumber,
    place: o.place,
    smeClass: o.smeClass as SmeClass,
    role: p.role as "lead" | "partner",
    status: p.status as PartnerStatus,
    contribution: p.contribution,
    invitedAt: iso(p.invitedAt),
    confirmedAt: isoOrNull(p.confirmedAt),
    declineReason: p.declineReason,
    deMinimisDeclared: p.deMinimisDeclaredAt !== null,
    deMinimis:
      declarationsOf === "all" || declarationsOf.includes(p.organisationId)
        ? decl.filter((d) => d.organisationId === p.organisationId).map((d) => ({ id: d.id, organisationId: d.organisationId, grantingAuthority: d.grantingAuthority, aidDate: String(d.aidDate).slice(0, 10), amountCents: d.amountCents, regulation: d.regulation, description: d.description }))
        : [],
    version: p.version,
  }));
}

/** The application as the reader sees it (full or partner view), with what still stands in the way of submitting. */
export async function buildApplicationDetail(ctx: Ctx, access: ApplicationAccess, now: Date): Promise<ApplicationDetail> {
  const { app, call, fund, envelope, view, mine } = access;
  const full = view === "full";
  const [lead] = await ctx.db.select().from(organisations).where(eq(organisations.id, app.organisationId));
  const partners = await partnersOf(ctx, app.id, full ? "all" : mine);
  const attachments = full ? await ctx.db.select().from(grantAttachments).where(eq(grantAttachments.applicationId, app.id)).orderBy(asc(grantAttachments.createdAt)) : [];
  const requests = full ? await ctx.db.select().from(grantInformationRequests).where(eq(grantInformationRequests.applicationId, app.id)).orderBy(asc(grantInformationRequests.askedAt)) : [];
  const editable = app.status === "draft" || app.status === "more_info_requested";
  return {
    id: app.id,
    reference: app.reference,
    callId: call.id,
    callCode: call.code,
    callNameNl: call.nameNl,
    callNameEn: call.nameEn,
    organisationId: app.organisationId,
    organisationName: lead.name,
    title: app.title,
    status: app.status as ApplicationStatus,
    view,
    amountRequestedCents: full ? app.amountRequestedCents : null,
    submittedAt: isoOrNull(app.submittedAt),
    updatedAt: iso(app.updatedAt),
    openRequests: requests.filter((r) => r.answer === null).length,
    call: presentCall(call, fund, envelope, now),
    applicant: {
      organisationId: lead.id,
      name: lead.name,
      enterpriseNumber: lead.enterpriseNumber,
      street: lead.street,
      houseNumber: lead.houseNumber,
      postcode: lead.postcode,
      place: lead.place,
      municipalityNis: lead.municipalityNis,
      smeClass: lead.smeClass as SmeClass,
    },
    language: app.language as ApplicationLanguage,
    contactName: full ? app.contactName : "",
    contactEmail: full ? app.contactEmail : "",
    answers: full ? app.answers : {},
    partners,
    attachments: attachments.map((a) => ({ id: a.id, fieldKey: a.fieldKey, filename: a.filename, contentType: a.contentType, sizeBytes: a.sizeBytes, sha256: a.sha256, createdAt: iso(a.createdAt) })),
    informationRequests: requests.map((r) => ({ id: r.id, question: r.question, askedAt: iso(r.askedAt), dueDate: r.dueDate ? String(r.dueDate).slice(0, 10) : null, answer: r.answer, answeredAt: isoOrNull(r.answeredAt) })),
    readiness: full && editable ? readiness({ title: app.title, amountRequestedCents: app.amountRequestedCents, answers: app.answers, call, partners, now }) : null,
    withdrawnAt: isoOrNull(app.withdrawnAt),
    withdrawnReason: full ? app.withdrawnReason : "",
    myOrganisationIds: mine,
    version: app.version,
    createdAt: iso(app.createdAt),
  };
}
