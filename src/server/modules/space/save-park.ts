import { and, eq, sql } from "drizzle-orm";
import { ParkInput, ParkUpdate, type ParkView } from "../../../contracts/space-supply.js";
import { spaceParks } from "../../db/schema/space.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, validation, zodDetails } from "../../platform/errors.js";
import { getPark } from "./get-supply.js";
import { auditable } from "./parcel-values.js";
import { parkAsInput, parkValues } from "./park-values.js";
import { requireKeeper, requireKeeps } from "./policies.js";
import { codeTaken, findPark, isUniqueViolation, parcelIdsOfPark, premisesIdsOfPark } from "./repo.js";
import { emitSupplyChange } from "./supply-events.js";

export const stale = (what: string) =>
  conflict(`The ${what} was changed by someone else in the meantime; reload it and try again.`, [{ path: "version", code: "stale_version", message: "Reload and try again." }]);

/** Records a business park (contour checked, area computed). Demo data passes demo: true. */
export async function createPark({ ctx, input, demo = false }: { ctx: Ctx; input: ParkInput; demo?: boolean }): Promise<ParkView> {
  requireKeeper(ctx.actor);
  const parsed = ParkInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  return withTransaction(ctx, async (tx) => {
    const values = await parkValues(tx, parsed.data);
    let id: string;
    try {
      [{ id }] = await tx.db.insert(spaceParks).values({ ...values, demo, createdBy: tx.actor.kind === "user" ? tx.actor.userId : null }).returning({ id: spaceParks.id });
    } catch (err) {
      if (isUniqueViolation(err)) throw codeTaken("business park");
      throw err;
    }
    await writeAudit(tx, { action: "park.create", entity: "space_park", entityId: id, after: { ...auditable(values), demo } });
    return getPark({ ctx: tx, input: { id } });
  });
}

/**
 * Changes a park (optimistic: the version read). What its parcels and premises inherit (features, access, zoning)
 * may change, so they are reported as changed supply.
 */
export async function updatePark({ ctx, input }: { ctx: Ctx; input: ParkUpdate & { id: string } }): Promise<ParkView> {
  requireKeeper(ctx.actor);
  const { id, ...rest } = input;
  const parsedUpdate = ParkUpdate.safeParse(rest);
  if (!parsedUpdate.success) throw validation(zodDetails(parsedUpdate.error));
  const { version, ...changes } = parsedUpdate.data;
  return withTransaction(ctx, async (tx) => {
    const before = await findPark(tx, id, true);
    requireKeeps(tx.actor, before.municipalityNis);
    if (before.version !== version) throw stale("business park");
    const given = Object.fromEntries(Object.entries(rest).filter(([k, v]) => k !== "version" && v !== undefined));
    const merged = ParkInput.safeParse({ ...parkAsInput(before), ...given, features: { ...parkAsInput(before).features, ...(changes.features ?? {}) }, access: { ...parkAsInput(before).access, ...(changes.access ?? {}) } });
    if (!merged.success) throw validation(zodDetails(merged.error));
    const values = await parkValues(tx, merged.data);
    try {
      const done = await tx.db.update(spaceParks).set({ ...values, version: sql`${spaceParks.version} + 1`, updatedAt: new Date() })
        .where(and(eq(spaceParks.id, id), eq(spaceParks.version, version))).returning({ id: spaceParks.id });
      if (done.length === 0) throw stale("business park");
    } catch (err) {
      if (isUniqueViolation(err)) throw codeTaken("business park");
      throw err;
    }
    await writeAudit(tx, { action: "park.update", entity: "space_park", entityId: id, before: auditable(before), after: auditable(values) });
    await emitSupplyChange(tx, { parcelIds: await parcelIdsOfPark(tx, id), premisesIds: await premisesIdsOfPark(tx, id), reason: "park.update" });
    return getPark({ ctx: tx, input: { id } });
  });
}
