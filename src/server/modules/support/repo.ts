import { sql, type SQL } from "drizzle-orm";
import type { OutcomeField, ProgrammeView, StageView } from "../../../contracts/support.js";
import type { supportStages } from "../../db/schema/support.js";
import type { Ctx } from "../../platform/context.js";
import { notFound, preconditionFailed } from "../../platform/errors.js";
import { scopeSql } from "./policies.js";

/** Stages a programme no longer lists keep their rows (trajectories point at them) at this position and beyond. */
export const RETIRED_POSITION = 1000;

type StageRow = typeof supportStages.$inferSelect;

import { rows } from "../../platform/sql.js";

/** Raw rows of a SQL query (the platform's helper, re-exported for this module's files). */
export { rows };

/** A timestamp column as epoch milliseconds (the same on PGlite and node-postgres). */
export const epochMs = (column: SQL) => sql`(extract(epoch from ${column}) * 1000)::float8`;
export const isoOf = (ms: number | string) => new Date(Number(ms)).toISOString();

export function presentStage(s: StageRow): StageView {
  return { id: s.id, code: s.code, nameNl: s.nameNl, nameEn: s.nameEn, position: s.position, success: s.success };
}

type ProgrammeRecord = Omit<ProgrammeView, "successStageCode" | "stages"> & { stages: StageView[] };

/** Programmes with their stages in order (one query), filtered by a condition on support_programmes aliased p. */
async function programmesWhere(ctx: Ctx, where: SQL): Promise<ProgrammeView[]> {
  const found = await rows<ProgrammeRecord>(ctx, sql`
    select p.id, p.code, p.name_nl as "nameNl", p.name_en as "nameEn", p.description_nl as "descriptionNl", p.description_en as "descriptionEn",
      p.source, p.section, p.partners, to_json(p.outcome_fields) as "outcomeFields", p.position, p.active,
      coalesce((select json_agg(json_build_object('id', s.id, 'code', s.code, 'nameNl', s.name_nl, 'nameEn', s.name_en, 'position', s.position, 'success', s.success)
                order by s.position) from support_stages s where s.programme_id = p.id), '[]'::json) as stages
    from support_programmes p
    where ${where}
    order by p.position, p.code`);
  return found.map((p) => ({ ...p, successStageCode: p.stages.find((st) => st.success)?.code ?? "", outcomeFields: p.outcomeFields as OutcomeField[] }));
}

/** Programmes with their stages in order (all of them, or those with the given ids). */
export async function loadProgrammes(ctx: Ctx, ids?: string[]): Promise<ProgrammeView[]> {
  if (ids && ids.length === 0) return [];
  return programmesWhere(ctx, ids ? sql`p.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`true`);
}

export async function programmeByCode(ctx: Ctx, code: string): Promise<ProgrammeView> {
  const [programme] = await programmesWhere(ctx, sql`p.code = ${code}`);
  if (!programme) throw notFound("programme");
  return programme;
}

/** One trajectory as the list, the board, the detail and the export read it. */
export interface TrajectoryRecord {
  id: string;
  programmeId: string;
  programmeCode: string;
  programmeNameNl: string;
  programmeNameEn: string;
  organisationId: string;
  organisationName: string;
  enterpriseNumber: string | null;
  municipalityNis: string | null;
  smeClass: string;
  stageId: string;
  stageCode: string;
  stageNameNl: string;
  stageNameEn: string;
  stagePosition: number;
  stageSince: string | null;
  status: "open" | "closed" | "abandoned";
  summary: string;
  startDate: string;
  closedDate: string | null;
  closeReason: string;
  notes: string;
  demo: boolean;
  version: number;
  updatedAt: number;
  ownerId: string | null;
  ownerName: string | null;
  openTasks: number;
  lastInteractionDate: string | null;
  lastOpenInteractionDate: string | null;
}

export const TRAJECTORY_COLUMNS = sql`
  t.id, t.programme_id as "programmeId", p.code as "programmeCode", p.name_nl as "programmeNameNl", p.name_en as "programmeNameEn",
  o.id as "organisationId", o.name as "organisationName", o.enterprise_number as "enterpriseNumber",
  o.municipality_nis as "municipalityNis", o.sme_class as "smeClass",
  s.id as "stageId", s.code as "stageCode", s.name_nl as "stageNameNl", s.name_en as "stageNameEn", s.position as "stagePosition",
  t.status, t.summary, t.start_date::text as "startDate", t.closed_date::text as "closedDate", t.close_reason as "closeReason",
  t.notes, t.demo, t.version, ${epochMs(sql`t.updated_at`)} as "updatedAt",
  t.owner_id as "ownerId", u.display_name as "ownerName",
  (select count(*)::int from support_tasks k where k.trajectory_id = t.id and k.done_at is null) as "openTasks",
  (select c.effective_date::text from support_stage_changes c where c.trajectory_id = t.id
    order by c.effective_date desc, c.seq desc limit 1) as "stageSince",
  (select max(i.date)::text from support_interactions i where i.trajectory_id = t.id) as "lastInteractionDate",
  (select max(i.date)::text from support_interactions i where i.trajectory_id = t.id and not i.confidential) as "lastOpenInteractionDate"`;

export const TRAJECTORY_FROM = sql`
  support_trajectories t
  join support_programmes p on p.id = t.programme_id
  join support_stages s on s.id = t.current_stage_id
  join organisations o on o.id = t.organisation_id
  left join users u on u.id = t.owner_id`;

/** Reads one trajectory the actor may see; any other id answers not found. */
export async function findTrajectoryForActor(ctx: Ctx, id: string): Promise<TrajectoryRecord> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw notFound("trajectory");
  const [row] = await rows<TrajectoryRecord>(
    ctx,
    sql`select ${TRAJECTORY_COLUMNS} from ${TRAJECTORY_FROM} where t.id = ${id}::uuid and ${scopeSql(ctx.actor)}`,
  );
  if (!row) throw notFound("trajectory");
  return row;
}

export const closedTrajectory = () =>
  preconditionFailed("This trajectory is closed.", [{ path: "status", code: "trajectory_closed", message: "A closed trajectory does not change stage." }]);

/** lockTrajectory for verbs that only act on an open trajectory: a closed one answers precondition_failed. */
export async function lockOpenTrajectory(ctx: Ctx, id: string): Promise<LockedTrajectory> {
  const current = await lockTrajectory(ctx, id);
  if (current.status !== "open") throw closedTrajectory();
  return current;
}

/** What a writing verb needs of the trajectory it changes. */
export interface LockedTrajectory {
  id: string;
  programmeId: string;
  stageId: string;
  stageCode: string;
  stagePosition: number;
  status: "open" | "closed" | "abandoned";
  startDate: string;
  version: number;
  lastMoveDate: string | null;
}

/**
 * Locks one trajectory the actor may see for the rest of the transaction (concurrent changes apply one
 * after the other) and reads what a writing verb needs; any other id answers not found.
 */
export async function lockTrajectory(ctx: Ctx, id: string): Promise<LockedTrajectory> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw notFound("trajectory");
  const [row] = await rows<LockedTrajectory>(ctx, sql`
    select t.id, t.programme_id as "programmeId", s.id as "stageId", s.code as "stageCode", s.position as "stagePosition",
      t.status, t.start_date::text as "startDate", t.version,
      (select max(c.effective_date)::text from support_stage_changes c where c.trajectory_id = t.id) as "lastMoveDate"
    from support_trajectories t
    join support_stages s on s.id = t.current_stage_id
    join organisations o on o.id = t.organisation_id
    where t.id = ${id}::uuid and ${scopeSql(ctx.actor)}
    for update of t`);
  if (!row) throw notFound("trajectory");
  return row;
}

/** A user who may own a trajectory or a task: active and holding one of the roles. */
export async function activeUserWithRole(ctx: Ctx, userId: string, roles: string[]): Promise<{ id: string; displayName: string } | null> {
  const [row] = await rows<{ id: string; displayName: string }>(
    ctx,
    sql`select u.id, u.display_name as "displayName" from users u
        where u.id = ${userId}::uuid and u.active
          and exists (select 1 from user_roles r where r.user_id = u.id and r.role in (${sql.join(roles.map((r) => sql`${r}`), sql`, `)}))`,
  );
  return row ?? null;
}

export const actorIds = (ctx: Ctx) => ({
  id: ctx.actor.kind === "user" ? ctx.actor.userId : null,
  label: ctx.actor.label,
});
