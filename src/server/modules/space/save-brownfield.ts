import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { BrownfieldInput, BrownfieldUpdate, type BrownfieldView } from "../../../contracts/space-supply.js";
import { spaceBrownfields } from "../../db/schema/space.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { todayIso, type SpaceDeps } from "./deps.js";
import { requireSurface } from "./geometry-input.js";
import { getBrownfield } from "./get-supply.js";
import { auditable } from "./parcel-values.js";
import { requireKeeper, requireKeeps } from "./policies.js";
import { codeTaken, findBrownfield, isUniqueViolation, parkRef, requireMunicipality, type BrownfieldRow } from "./repo.js";
import { stale } from "./save-park.js";

type Parsed = z.output<typeof BrownfieldInput>;

/*
 * Brownfields and outdated business zones with their renovation status. Reaching "redeveloped" dates the
 * redevelopment (today unless given): the metric space.brownfield_redeveloped_ha counts it from then on.
 */
async function brownfieldValues(ctx: Ctx, v: Parsed, previous: BrownfieldRow | null, deps?: Partial<SpaceDeps>) {
  const today = todayIso(deps);
  await requireMunicipality(ctx, v.municipalityNis);
  requireKeeps(ctx.actor, v.municipalityNis);
  if (v.parkId) await parkRef(ctx, v.parkId);
  let areaM2 = v.areaM2;
  let geometry: unknown = null;
  let bbox = { minLon: null as number | null, minLat: null as number | null, maxLon: null as number | null, maxLat: null as number | null };
  if (v.geometry) {
    const s = requireSurface(v.geometry, v.areaM2);
    geometry = s.geometry;
    areaM2 = s.areaM2;
    bbox = s.bbox;
  }
  if (areaM2 === null) throw validation([{ path: "areaM2", code: "required", message: "Give the area or the contour." }]);
  const statusChanged = !previous || previous.renovationStatus !== v.renovationStatus;
  const renovationStatusSince = statusChanged && !v.renovationStatusSince ? today : v.renovationStatusSince;
  let redevelopedOn = v.redevelopedOn;
  if (v.renovationStatus === "redeveloped") redevelopedOn = redevelopedOn ?? renovationStatusSince ?? today;
  else redevelopedOn = null;
  for (const [path, d] of [["renovationStatusSince", renovationStatusSince], ["redevelopedOn", redevelopedOn]] as const) {
    if (d && d > today) throw validation([{ path, code: "future_date", message: "This date lies in the future." }]);
  }
  return {
    code: v.code, name: v.name, kind: v.kind, municipalityNis: v.municipalityNis, parkId: v.parkId, geometry, ...bbox, areaM2,
    formerUse: v.formerUse, renovationStatus: v.renovationStatus, renovationStatusSince, redevelopedOn, description: v.description, confNotes: v.confNotes,
  };
}

export async function createBrownfield({ ctx, input, deps, demo = false }: { ctx: Ctx; input: BrownfieldInput; deps?: Partial<SpaceDeps>; demo?: boolean }): Promise<BrownfieldView> {
  requireKeeper(ctx.actor);
  const parsed = BrownfieldInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  return withTransaction(ctx, async (tx) => {
    const values = await brownfieldValues(tx, parsed.data, null, deps);
    let id: string;
    try {
      [{ id }] = await tx.db.insert(spaceBrownfields).values({ ...values, demo, createdBy: tx.actor.kind === "user" ? tx.actor.userId : null }).returning({ id: spaceBrownfields.id });
    } catch (err) {
      if (isUniqueViolation(err)) throw codeTaken("brownfield");
      throw err;
    }
    await writeAudit(tx, { action: "brownfield.create", entity: "space_brownfield", entityId: id, after: { ...auditable(values), demo } });
    return getBrownfield({ ctx: tx, input: { id } });
  });
}

export async function updateBrownfield({ ctx, input, deps }: { ctx: Ctx; input: BrownfieldUpdate & { id: string }; deps?: Partial<SpaceDeps> }): Promise<BrownfieldView> {
  requireKeeper(ctx.actor);
  const { id, ...rest } = input;
  const parsedUpdate = BrownfieldUpdate.safeParse(rest);
  if (!parsedUpdate.success) throw validation(zodDetails(parsedUpdate.error));
  const version = parsedUpdate.data.version;
  return withTransaction(ctx, async (tx) => {
    const before = await findBrownfield(tx, id, true);
    requireKeeps(tx.actor, before.municipalityNis);
    if (before.version !== version) throw stale("brownfield");
    const stored: BrownfieldInput = {
      code: before.code, name: before.name, kind: before.kind as never, municipalityNis: before.municipalityNis, parkId: before.parkId,
      geometry: before.geometry as never, areaM2: before.geometry ? null : before.areaM2, formerUse: before.formerUse, renovationStatus: before.renovationStatus as never,
      renovationStatusSince: before.renovationStatusSince, redevelopedOn: before.redevelopedOn, description: before.description, confNotes: before.confNotes,
    };
    const given = Object.fromEntries(Object.entries(rest).filter(([k, v]) => k !== "version" && v !== undefined));
    if ("renovationStatus" in given && given.renovationStatus !== before.renovationStatus && !("renovationStatusSince" in given)) stored.renovationStatusSince = null;
    const merged = BrownfieldInput.safeParse({ ...stored, ...given });
    if (!merged.success) throw validation(zodDetails(merged.error));
    const values = await brownfieldValues(tx, merged.data, before, deps);
    try {
      const done = await tx.db.update(spaceBrownfields).set({ ...values, version: sql`${spaceBrownfields.version} + 1`, updatedAt: new Date() })
        .where(and(eq(spaceBrownfields.id, id), eq(spaceBrownfields.version, version))).returning({ id: spaceBrownfields.id });
      if (done.length === 0) throw stale("brownfield");
    } catch (err) {
      if (isUniqueViolation(err)) throw codeTaken("brownfield");
      throw err;
    }
    await writeAudit(tx, { action: "brownfield.update", entity: "space_brownfield", entityId: id, before: auditable(before), after: auditable(values) });
    return getBrownfield({ ctx: tx, input: { id } });
  });
}

export async function deleteBrownfield({ ctx, input }: { ctx: Ctx; input: { id: string; version: number } }): Promise<{ id: string }> {
  requireKeeper(ctx.actor);
  return withTransaction(ctx, async (tx) => {
    const before = await findBrownfield(tx, input.id, true);
    requireKeeps(tx.actor, before.municipalityNis);
    if (before.version !== input.version) throw stale("brownfield");
    await tx.db.delete(spaceBrownfields).where(eq(spaceBrownfields.id, input.id));
    await writeAudit(tx, { action: "brownfield.delete", entity: "space_brownfield", entityId: input.id, before: auditable(before) });
    return { id: input.id };
  });
}
