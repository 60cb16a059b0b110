import { and, eq, sql } from "drizzle-orm";
import { CallInput, CallUpdate, VersionInput, type CallView } from "../../../contracts/grants-portal.js";
import { grantCalls, grantEnvelopes, grantFunds } from "../../db/schema/grants.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, isUniqueViolation, notFound, validation, zodDetails } from "../../platform/errors.js";
import { localToInstant } from "./calendar.js";
import { getCall } from "./call-reads.js";
import { FormDefinitionSchema } from "./form-definition.js";
import { fail, parseInput, staleVersion, stateConflict } from "./portal-checks.js";
import { requireOfficer, resolveGrantsDeps, type GrantsDeps } from "./portal-policies.js";

/** Checks the form's cross-field rules and converts the Brussels wall-clock window to instants. */
function prepare(v: { form?: unknown; opensAtLocal?: string; closesAtLocal?: string }, current?: { opensAt: Date; closesAt: Date }) {
  let form;
  if (v.form !== undefined) {
    const parsed = FormDefinitionSchema.safeParse(v.form);
    if (!parsed.success) throw validation(zodDetails(parsed.error, "form"));
    form = parsed.data;
  }
  const toInstant = (local: string, path: string) => {
    try {
      return new Date(localToInstant(local).instant);
    } catch {
      fail(path, "invalid_datetime", "This is not a valid date and time.");
    }
  };
  const opensAt = v.opensAtLocal ? toInstant(v.opensAtLocal, "opensAtLocal") : current?.opensAt;
  const closesAt = v.closesAtLocal ? toInstant(v.closesAtLocal, "closesAtLocal") : current?.closesAt;
  if (opensAt && closesAt && closesAt <= opensAt) fail("closesAtLocal", "closes_before_opening", "The call must close after it opens.");
  return { form, opensAt, closesAt };
}

async function envelopeFor(ctx: Ctx, fundCode: string, year: number) {
  const [fund] = await ctx.db.select().from(grantFunds).where(eq(grantFunds.code, fundCode));
  if (!fund) fail("fundCode", "unknown_fund", `There is no fund ${fundCode}.`);
  const [envelope] = await ctx.db.select().from(grantEnvelopes).where(and(eq(grantEnvelopes.fundId, fund.id), eq(grantEnvelopes.year, year)));
  if (!envelope) fail("year", "no_envelope", `The fund has no envelope for ${year}; set one first.`);
  return { fund, envelope };
}

/** The call, locked for this transaction, at the version the client last read (else not_found / stale_version). */
async function lockCall(tx: Ctx, id: string, version: number) {
  const [before] = await tx.db.select().from(grantCalls).where(eq(grantCalls.id, id)).for("update");
  if (!before) throw notFound("call");
  if (before.version !== version) staleVersion("call");
  return before;
}

/** A new call in draft: window in Brussels time, envelope by fund and year, rules, form and rubric as data. */
export async function createCall({ ctx, input, deps, demo = false }: { ctx: Ctx; input: CallInput; deps?: Partial<GrantsDeps>; demo?: boolean }): Promise<CallView> {
  requireOfficer(ctx.actor);
  const v = parseInput(CallInput, input);
  const { form, opensAt, closesAt } = prepare(v);
  return withTransaction(ctx, async (tx) => {
    const { fund, envelope } = await envelopeFor(tx, v.fundCode, v.year);
    const createdBy = tx.actor.kind === "user" ? tx.actor.userId : null;
    let id: string;
    try {
      [{ id }] = await tx.db
        .insert(grantCalls)
        .values({
          fundId: fund.id,
          envelopeId: envelope.id,
          code: v.code,
          nameNl: v.nameNl,
          nameEn: v.nameEn,
          descriptionNl: v.descriptionNl,
          descriptionEn: v.descriptionEn,
          opensAt: opensAt!,
          closesAt: closesAt!,
          rules: v.rules,
          form: form!,
          rubric: v.rubric,
          maxAttachments: v.maxAttachments,
          maxAttachmentBytes: v.maxAttachmentBytes,
          allowedAttachmentTypes: v.allowedAttachmentTypes,
          createdBy,
          demo,
        })
        .returning({ id: grantCalls.id });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict(`A call with code ${v.code} exists already.`, [{ path: "code", code: "duplicate_code", message: "This code is taken." }]);
      throw err;
    }
    await writeAudit(tx, { action: "grant_call.create", entity: "grant_call", entityId: id, after: { ...v, opensAt, closesAt } });
    return getCall({ ctx: tx, input: { id }, deps });
  });
}

const LOCKED_WHEN_PUBLISHED = ["rules", "form", "rubric", "opensAtLocal", "year"] as const;

/**
 * Changes a call. A draft may change in everything; once published, applicants rely on its rules, form,
 * rubric and opening, so only the texts, the closing moment and the attachment limits may change; a
 * closed call changes no more.
 */
export async function updateCall({ ctx, input, deps }: { ctx: Ctx; input: CallUpdate & { id: string }; deps?: Partial<GrantsDeps> }): Promise<CallView> {
  requireOfficer(ctx.actor);
  const { id, ...rest } = input;
  const v = parseInput(CallUpdate, rest);
  return withTransaction(ctx, async (tx) => {
    const before = await lockCall(tx, id, v.version);
    if (before.status === "closed") stateConflict("A closed call cannot change.", "call_closed");
    if (before.status === "published") {
      const locked = LOCKED_WHEN_PUBLISHED.filter((k) => v[k] !== undefined);
      if (locked.length) stateConflict(`A published call keeps its ${locked.join(", ")}.`, "call_published_locked", locked[0]);
    }
    const { form, opensAt, closesAt } = prepare(v, before);
    let envelopeId = before.envelopeId;
    if (v.year !== undefined) {
      const [fund] = await tx.db.select().from(grantFunds).where(eq(grantFunds.id, before.fundId));
      envelopeId = (await envelopeFor(tx, fund.code, v.year)).envelope.id;
    }
    const { version, year: _year, opensAtLocal: _o, closesAtLocal: _c, form: _f, ...plain } = v;
    void _year; void _o; void _c; void _f;
    const changes = { ...plain, ...(form ? { form } : {}), opensAt: opensAt!, closesAt: closesAt!, envelopeId };
    await tx.db.update(grantCalls).set({ ...changes, version: version + 1, updatedAt: new Date() }).where(eq(grantCalls.id, id));
    await writeAudit(tx, { action: "grant_call.update", entity: "grant_call", entityId: id, before: { ...before, form: undefined }, after: changes });
    return getCall({ ctx: tx, input: { id }, deps });
  });
}

/** Publishes a draft call: from now on it is public and applicants may start (and, once open, submit). */
export async function publishCall({ ctx, input, deps }: { ctx: Ctx; input: { id: string; version: number }; deps?: Partial<GrantsDeps> }): Promise<CallView> {
  requireOfficer(ctx.actor);
  const { version } = parseInput(VersionInput, { version: input.version });
  const now = resolveGrantsDeps(deps).now();
  return withTransaction(ctx, async (tx) => {
    const before = await lockCall(tx, input.id, version);
    if (before.status !== "draft") stateConflict("Only a draft call can be published.", "not_draft");
    if (before.closesAt <= now) fail("closesAtLocal", "closes_in_past", "The call's closing moment has passed; move it first.");
    const publishedBy = tx.actor.kind === "user" ? tx.actor.userId : null;
    await tx.db.update(grantCalls).set({ status: "published", publishedAt: now, publishedBy, version: sql`${grantCalls.version} + 1`, updatedAt: now }).where(eq(grantCalls.id, input.id));
    await writeAudit(tx, { action: "grant_call.publish", entity: "grant_call", entityId: input.id, after: { status: "published", publishedAt: now } });
    return getCall({ ctx: tx, input: { id: input.id }, deps });
  });
}

/** Closes a published call before (or after) its closing moment: nothing more can be submitted. */
export async function closeCall({ ctx, input, deps }: { ctx: Ctx; input: { id: string; version: number }; deps?: Partial<GrantsDeps> }): Promise<CallView> {
  requireOfficer(ctx.actor);
  const { version } = parseInput(VersionInput, { version: input.version });
  const now = resolveGrantsDeps(deps).now();
  return withTransaction(ctx, async (tx) => {
    const before = await lockCall(tx, input.id, version);
    if (before.status !== "published") stateConflict("Only a published call can be closed.", "not_published");
    await tx.db.update(grantCalls).set({ status: "closed", version: sql`${grantCalls.version} + 1`, updatedAt: now }).where(eq(grantCalls.id, input.id));
    await writeAudit(tx, { action: "grant_call.close", entity: "grant_call", entityId: input.id, before: { status: before.status }, after: { status: "closed" } });
    return getCall({ ctx: tx, input: { id: input.id }, deps });
  });
}
