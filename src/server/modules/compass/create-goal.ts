import { GoalInput, type GoalView } from "../../../contracts/compass.js";
import { goals } from "../../db/schema/compass.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, validation, zodDetails } from "../../platform/errors.js";
import { requireDefiner } from "./policies.js";
import { presentGoal } from "./presenters.js";
import { goalByCode } from "./repo.js";

const RANK = { chapter: 0, objective: 1, action: 2 } as const;

/** Adds a goal (chapter → objective → action) under its parent, referenced by code. */
export async function createGoal({ ctx, input }: { ctx: Ctx; input: GoalInput | Record<string, unknown> }): Promise<GoalView> {
  requireDefiner(ctx.actor);
  const parsed = GoalInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const g = parsed.data;
  return withTransaction(ctx, async (tx) => {
    if (await goalByCode(tx, g.code)) throw conflict(`A goal with code ${g.code} exists already.`, [{ path: "code", code: "taken", message: "This code is taken." }]);
    let parentId: string | null = null;
    if (g.kind === "chapter") {
      if (g.parentCode) throw validation([{ path: "parentCode", code: "not_allowed", message: "A chapter has no parent." }]);
    } else {
      if (!g.parentCode) throw validation([{ path: "parentCode", code: "required", message: `An ${g.kind} needs a parent goal.` }]);
      const parent = await goalByCode(tx, g.parentCode);
      if (!parent) throw validation([{ path: "parentCode", code: "unknown_goal", message: `There is no goal with code ${g.parentCode}.` }]);
      if (RANK[parent.kind as keyof typeof RANK] >= RANK[g.kind]) {
        throw validation([{ path: "parentCode", code: "bad_parent", message: `An ${g.kind} cannot sit under a ${parent.kind}.` }]);
      }
      parentId = parent.id;
    }
    const [row] = await tx.db
      .insert(goals)
      .values({
        kind: g.kind,
        code: g.code,
        parentId,
        titleNl: g.titleNl,
        titleEn: g.titleEn,
        summaryNl: g.summaryNl,
        summaryEn: g.summaryEn,
        owner: g.owner,
        section: g.section,
        position: g.position,
      })
      .returning();
    const view = presentGoal(row);
    await writeAudit(tx, { action: "goal.create", entity: "goal", entityId: row.id, after: view });
    return view;
  });
}
