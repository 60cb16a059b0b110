import { sql } from "drizzle-orm";
import { RetailCoreInput, RetailCoreUpdate, type RetailCoreDetail, type RetailCoreView } from "../../../contracts/space-demand.js";
import { MUNICIPALITIES } from "../../../../seed/geography/index.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, forbidden, isUniqueViolation, preconditionFailed, validation, zodDetails } from "../../platform/errors.js";
import { type SpaceDeps, todayIso } from "./deps.js";
import { rows } from "./demand-repo.js";
import { checkSurface } from "./geometry.js";
import { canKeepRetail, requireReadsMunicipality, requireRetailKeeper, requireRetailReader, retailReadScope } from "./retail-policies.js";
import { campaignsWhere, coresWhere, findCore, premisesOf, trendDates, vacancyTrend } from "./retail-repo.js";
import { staleVersion } from "./update-demand.js";

const LIMBURG = new Set(MUNICIPALITIES.map((m) => m.nis));
const nameTaken = () => conflict("This municipality already has a core with this name.", [{ path: "name", code: "name_taken", message: "Choose another name." }]);

function checkContour(contour: RetailCoreInput["contour"]): void {
  if (!contour) return;
  const check = checkSurface(contour);
  if (!check.ok) throw validation(check.problems.map((p) => ({ path: "contour", code: p.code, message: p.message })));
}

/** The cores the actor may read, with their current vacancy (a municipality user: its own). */
export async function listRetailCores({ ctx, input }: { ctx: Ctx; input: { municipalityNis?: string } }): Promise<RetailCoreView[]> {
  requireRetailReader(ctx.actor);
  const scope = retailReadScope(ctx.actor);
  const parts = [sql`true`];
  if (scope !== null) parts.push(scope.length ? sql`c.municipality_nis in (${sql.join(scope.map((n) => sql`${n}`), sql`, `)})` : sql`false`);
  if (input.municipalityNis) parts.push(sql`c.municipality_nis = ${input.municipalityNis}`);
  return coresWhere(ctx, sql.join(parts, sql` and `));
}

/** One core with its premises, the vacancy trend over 24 months and the campaigns of its municipality. */
export async function getRetailCore({ ctx, input, deps }: { ctx: Ctx; input: { id: string }; deps?: Partial<SpaceDeps> }): Promise<RetailCoreDetail> {
  requireRetailReader(ctx.actor);
  const core = await findCore(ctx, input.id);
  requireReadsMunicipality(ctx.actor, core.municipalityNis, "retail core");
  const today = todayIso(deps);
  return {
    core,
    premises: await premisesOf(ctx, sql`p.core_id = ${core.id}::uuid`),
    trend: await vacancyTrend(ctx, sql`p.core_id = ${core.id}::uuid`, trendDates(today)),
    campaigns: await campaignsWhere(ctx, sql`(k.municipality_nis = ${core.municipalityNis} or k.municipality_nis is null)`),
    canEdit: canKeepRetail(ctx.actor, core.municipalityNis),
  };
}

/** Delineates a core shopping area of a municipality. */
export async function createRetailCore({ ctx, input, demo = false }: { ctx: Ctx; input: RetailCoreInput; demo?: boolean }): Promise<RetailCoreView> {
  requireRetailKeeper(ctx.actor);
  const parsed = RetailCoreInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const v = parsed.data;
  if (!LIMBURG.has(v.municipalityNis)) throw validation([{ path: "municipalityNis", code: "not_in_limburg", message: `${v.municipalityNis} is not a municipality of Limburg.` }]);
  if (!canKeepRetail(ctx.actor, v.municipalityNis)) throw forbidden("You keep the retail cores of your own municipality only.");
  checkContour(v.contour);
  return withTransaction(ctx, async (tx) => {
    let id: string;
    try {
      [{ id }] = await rows<{ id: string }>(tx, sql`insert into retail_cores (municipality_nis, name, contour, description, demo)
        values (${v.municipalityNis}, ${v.name}, ${v.contour ? JSON.stringify(v.contour) : null}::jsonb, ${v.description}, ${demo}) returning id`);
    } catch (err) {
      if (isUniqueViolation(err)) throw nameTaken();
      throw err;
    }
    await writeAudit(tx, { action: "retail_core.create", entity: "retail_core", entityId: id, after: { municipalityNis: v.municipalityNis, name: v.name, description: v.description, contour: v.contour !== null, demo } });
    return findCore(tx, id);
  });
}

/** Renames a core, redraws its contour or changes its description. */
export async function updateRetailCore({ ctx, input }: { ctx: Ctx; input: RetailCoreUpdate & { id: string } }): Promise<RetailCoreView> {
  requireRetailKeeper(ctx.actor);
  const { id, ...rest } = input;
  const parsed = RetailCoreUpdate.safeParse(rest);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const v = parsed.data;
  checkContour(v.contour);
  return withTransaction(ctx, async (tx) => {
    const before = await findCore(tx, id, true);
    requireReadsMunicipality(tx.actor, before.municipalityNis, "retail core");
    if (!canKeepRetail(tx.actor, before.municipalityNis)) throw forbidden("You keep the retail cores of your own municipality only.");
    if (before.version !== v.version) throw staleVersion();
    try {
      await tx.db.execute(sql`update retail_cores set name = ${v.name}, contour = ${v.contour ? JSON.stringify(v.contour) : null}::jsonb, description = ${v.description},
        version = version + 1, updated_at = now() where id = ${id}::uuid`);
    } catch (err) {
      if (isUniqueViolation(err)) throw nameTaken();
      throw err;
    }
    await writeAudit(tx, { action: "retail_core.update", entity: "retail_core", entityId: id, before: { name: before.name, description: before.description }, after: { name: v.name, description: v.description, contour: v.contour !== null } });
    return findCore(tx, id);
  });
}

/** Deletes a core that holds no premises (a core with premises keeps its history). */
export async function deleteRetailCore({ ctx, input }: { ctx: Ctx; input: { id: string; version: number } }): Promise<void> {
  requireRetailKeeper(ctx.actor);
  await withTransaction(ctx, async (tx) => {
    const before = await findCore(tx, input.id, true);
    requireReadsMunicipality(tx.actor, before.municipalityNis, "retail core");
    if (!canKeepRetail(tx.actor, before.municipalityNis)) throw forbidden("You keep the retail cores of your own municipality only.");
    if (before.version !== input.version) throw staleVersion();
    if (before.premisesCount > 0) throw preconditionFailed("This core still holds premises.", [{ path: "id", code: "core_has_premises", message: "A core with premises keeps its vacancy history." }]);
    await tx.db.execute(sql`delete from retail_cores where id = ${input.id}::uuid`);
    await writeAudit(tx, { action: "retail_core.delete", entity: "retail_core", entityId: input.id, before: { municipalityNis: before.municipalityNis, name: before.name } });
  });
}
