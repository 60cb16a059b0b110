import { asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { OutcomeField, ProgrammeView, StageView } from "../../../contracts/support.js";
import { supportProgrammes, supportStages } from "../../db/schema/support.js";
import type { Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { scopeSql } from "./policies.js";

/** Stages a programme no longer lists keep their rows (trajectories point at them) at this position and beyond. */
export const RETIRED_POSITION = 1000;

type ProgrammeRow = typeof supportProgrammes.$inferSelect;
type StageRow = typeof supportStages.$inferSelect;

/** Rows of a raw query. */
export async function rows<T>(ctx: Ctx, query: SQL): Promise<T[]> {
  return ((await ctx.db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** A timestamp column as epoch milliseconds (the same on PGlite and node-postgres). */
export const epochMs = (column: SQL) => sql`(extract(epoch from ${column}) * 1000)::float8`;
export const isoOf = (ms: number | string) => new Date(Number(ms)).toISOString();

export function presentStage(s: StageRow): StageView {
  return { id: s.id, code: s.code, nameNl: s.nameNl, nameEn: s.nameEn, position: s.position, success: s.success };
}

function presentProgramme(p: ProgrammeRow, stages: StageRow[]): ProgrammeView {
  const sorted = [...stages].sort((a, b) => a.position - b.position);
  return {
    id: p.id,
    code: p.code,
    nameNl: p.nameNl,
    nameEn: p.nameEn,
    descriptionNl: p.descriptionNl,
    descriptionEn: p.descriptionEn,
    source: p.source,
    section: p.section,
    partners: p.partners,
    stages: sorted.map(presentStage),
    successStageCode: sorted.find((s) => s.success)?.code ?? "",
    outcomeFields: p.outcomeFields as OutcomeField[],
    position: p.position,
    active: p.active,
  };
}

/** Programmes with their stages in order (all of them, or those with the given ids). */
export async function loadProgrammes(ctx: Ctx, ids?: string[]): Promise<ProgrammeView[]> {
  const programmes = await ctx.db
    .select()
    .from(supportProgrammes)
    .where(ids ? inArray(supportProgrammes.id, ids) : undefined)
    .orderBy(asc(supportProgrammes.position), asc(supportProgrammes.code));
  if (programmes.length === 0) return [];
  const stages = await ctx.db.select().from(supportStages).where(inArray(supportStages.programmeId, programmes.map((p) => p.id)));
  return programmes.map((p) => presentProgramme(p, stages.filter((s) => s.programmeId === p.id)));
}

export async function programmeByCode(ctx: Ctx, code: string): Promise<ProgrammeView> {
  const [row] = await ctx.db.select({ id: supportProgrammes.id }).from(supportProgrammes).where(eq(supportProgrammes.code, code)).limit(1);
  if (!row) throw notFound("programme");
  return (await loadProgrammes(ctx, [row.id]))[0];
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
  (select max(i.date)::text from support_interactions i where i.trajectory_id = t.id) as "lastInteractionDate",
  (select max(i.date)::text from support_interactions i where i.trajectory_id = t.id and not i.confidential) as "lastOpenInteractionDate"`;

export const TRAJECTORY_FROM = sql`
  support_trajectories t
  join support_programmes p on p.id = t.programme_id
  join support_stages s on s.id = t.current_stage_id
  join organisations o on o.id = t.organisation_id
  left join users u on u.id = t.owner_id`;

/**
 * Reads one trajectory the actor may see (any other id answers not found). With lock, the trajectory row
 * is locked for the rest of the transaction, so that concurrent moves apply one after the other.
 */
export async function findTrajectoryForActor(ctx: Ctx, id: string, opts: { lock?: boolean } = {}): Promise<TrajectoryRecord> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw notFound("trajectory");
  if (opts.lock) await ctx.db.execute(sql`select 1 from support_trajectories where id = ${id}::uuid for update`);
  const [row] = await rows<TrajectoryRecord>(
    ctx,
    sql`select ${TRAJECTORY_COLUMNS} from ${TRAJECTORY_FROM} where t.id = ${id}::uuid and ${scopeSql(ctx.actor)}`,
  );
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

/** Marks a trajectory changed (version and updated time). */
export async function touchTrajectory(ctx: Ctx, id: string, set: SQL = sql``): Promise<void> {
  await ctx.db.execute(sql`update support_trajectories set version = version + 1, updated_at = now() ${set} where id = ${id}::uuid`);
}

export const actorIds = (ctx: Ctx) => ({
  id: ctx.actor.kind === "user" ? ctx.actor.userId : null,
  label: ctx.actor.label,
});
