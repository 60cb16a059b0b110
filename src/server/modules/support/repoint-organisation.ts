import { sql } from "drizzle-orm";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { preconditionFailed } from "../../platform/errors.js";
import { checkRepoint, type RepointInput } from "../../platform/repoint.js";
import { rows } from "./repo.js";

export type RepointOrganisationInput = RepointInput;

export interface RepointOrganisationResult {
  /** The trajectories that now belong to the other organisation. */
  trajectoryIds: string[];
}

/**
 * Moves every trajectory of one organisation to another (when a duplicate record is merged into the one
 * that survives), keeping their stages, interactions, tasks and outcomes; one audit row per trajectory.
 * Refused (precondition_failed) when both organisations have an open trajectory in the same programme:
 * one of them must be closed first. Runs in the caller's transaction when there is one.
 */
export async function repointOrganisation({ ctx, input }: { ctx: Ctx; input: RepointOrganisationInput }): Promise<RepointOrganisationResult> {
  const { from, to } = checkRepoint(ctx.actor, input);
  return withTransaction(ctx, async (tx) => {
    const moving = await rows<{ id: string; programmeId: string; status: string }>(tx, sql`
      select id, programme_id as "programmeId", status from support_trajectories
      where organisation_id = ${from}::uuid order by id for update`);
    if (moving.length === 0) return { trajectoryIds: [] };
    const clashes = await rows<{ code: string }>(tx, sql`
      select p.code from support_trajectories a
      join support_trajectories b on b.programme_id = a.programme_id and b.organisation_id = ${to}::uuid and b.status = 'open'
      join support_programmes p on p.id = a.programme_id
      where a.organisation_id = ${from}::uuid and a.status = 'open'
      order by p.code`);
    if (clashes.length) {
      throw preconditionFailed("Both organisations have an open trajectory in the same programme; close one of them first.", clashes.map((c) => ({
        path: "trajectories",
        code: "open_trajectory_exists",
        message: `Open trajectories in programme ${c.code} on both organisations.`,
      })));
    }
    await tx.db.execute(sql`
      update support_trajectories set organisation_id = ${to}::uuid, version = version + 1, updated_at = now()
      where organisation_id = ${from}::uuid`);
    for (const t of moving) {
      await writeAudit(tx, {
        action: "trajectory.repoint",
        entity: "trajectory",
        entityId: t.id,
        before: { organisationId: from },
        after: { organisationId: to },
      });
    }
    return { trajectoryIds: moving.map((t) => t.id) };
  });
}
