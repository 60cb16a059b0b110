import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { CallListQuery, type CallSummary, type CallView } from "../../../contracts/grants-portal.js";
import { grantCalls, grantEnvelopes, grantFunds } from "../../db/schema/grants.js";
import type { Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { parseInput } from "./portal-checks.js";
import { isOfficer, resolveGrantsDeps, type GrantsDeps } from "./portal-policies.js";
import { presentCall } from "./portal-presenters.js";

/** The summary fields of a call (what lists show). */
export function toSummary(c: CallView): CallSummary {
  const { envelopeId: _e, rules: _r, form: _f, rubric: _ru, maxAttachments: _m, maxAttachmentBytes: _b, allowedAttachmentTypes: _a, publishedAt: _p, windowReason: _w, ...summary } = c;
  return summary;
}

/** Calls with fund and envelope, as views; drafts only for grant officers and administrators. */
export async function loadCalls(ctx: Ctx, where: SQL | undefined, now: Date): Promise<CallView[]> {
  const visible = isOfficer(ctx.actor) ? undefined : inArray(grantCalls.status, ["published", "closed"]);
  const rows = await ctx.db
    .select({ c: grantCalls, f: grantFunds, e: grantEnvelopes })
    .from(grantCalls)
    .innerJoin(grantFunds, eq(grantFunds.id, grantCalls.fundId))
    .innerJoin(grantEnvelopes, eq(grantEnvelopes.id, grantCalls.envelopeId))
    .where(and(where, visible))
    .orderBy(asc(grantCalls.closesAt), asc(grantCalls.code));
  return rows.map((r) => presentCall(r.c, r.f, r.e, now));
}

/** Calls anyone may read: published ones (open, upcoming or closed); officers also drafts. */
export async function listCalls({ ctx, input, deps }: { ctx: Ctx; input?: CallListQuery; deps?: Partial<GrantsDeps> }): Promise<CallSummary[]> {
  const q = parseInput(CallListQuery, input ?? {});
  const now = resolveGrantsDeps(deps).now();
  const conditions: SQL[] = [];
  if (q.status) conditions.push(eq(grantCalls.status, q.status));
  if (q.fundCode) conditions.push(eq(grantFunds.code, q.fundCode));
  const calls = await loadCalls(ctx, conditions.length ? and(...conditions) : undefined, now);
  const wanted = { open: "open", upcoming: "not_yet_open", closed: "closed", all: null }[q.state];
  return calls.filter((c) => (wanted ? c.window === wanted && c.status !== "draft" : true)).map(toSummary);
}

/** One call with its rules, form and rubric; not_found for a draft unless the reader is an officer. */
export async function getCall({ ctx, input, deps }: { ctx: Ctx; input: { id: string }; deps?: Partial<GrantsDeps> }): Promise<CallView> {
  if (!/^[0-9a-f-]{36}$/i.test(input.id)) throw notFound("call");
  const [call] = await loadCalls(ctx, eq(grantCalls.id, input.id), resolveGrantsDeps(deps).now());
  if (!call) throw notFound("call");
  return call;
}
