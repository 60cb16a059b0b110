import { IndicatorInput, type IndicatorDetail } from "../../../contracts/compass.js";
import { indicators } from "../../db/schema/compass.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, isUniqueViolation, validation, zodDetails } from "../../platform/errors.js";
import { resolveDeps, type CompassDeps } from "./deps.js";
import type { CompassLocale } from "./format.js";
import { buildDetail } from "./get-indicator.js";
import { checkIndicatorRefs } from "./indicator-checks.js";
import { requireDefiner } from "./policies.js";
import { indicatorByCode, indicatorById } from "./repo.js";

/** The definition fields as stored, for audit rows. */
export function definitionOf(v: Record<string, unknown>): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, ...rest } = v;
  return rest;
}

/**
 * Adds an indicator to a goal (referenced by goalCode). A derived indicator is bound to a metric of the
 * registry (pass deps so the key is checked; routes always do).
 */
export async function createIndicator({
  ctx,
  input,
  deps,
  locale = "nl-BE",
}: {
  ctx: Ctx;
  input: IndicatorInput | Record<string, unknown>;
  deps?: Partial<CompassDeps>;
  locale?: CompassLocale;
}): Promise<IndicatorDetail> {
  requireDefiner(ctx.actor);
  const parsed = IndicatorInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const v = parsed.data;
  const d = resolveDeps(deps);
  return withTransaction(ctx, async (tx) => {
    const { goal, details } = await checkIndicatorRefs(tx, d, v);
    if (details.length) throw validation(details);
    if (await indicatorByCode(tx, v.code)) throw taken(v.code);
    const { goalCode: _g, ...fields } = v;
    let id: string;
    try {
      [{ id }] = await tx.db.insert(indicators).values({ ...fields, goalId: goal!.id }).returning({ id: indicators.id });
    } catch (err) {
      if (isUniqueViolation(err)) throw taken(v.code);
      throw err;
    }
    const row = (await indicatorById(tx, id))!;
    await writeAudit(tx, { action: "indicator.create", entity: "indicator", entityId: id, after: { ...definitionOf(row) } });
    return buildDetail(tx, d, row, locale, "staff");
  });
}

const taken = (code: string) => conflict(`An indicator with code ${code} exists already.`, [{ path: "code", code: "taken", message: "This code is taken." }]);
