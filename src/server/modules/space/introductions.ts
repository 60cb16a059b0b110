import { sql } from "drizzle-orm";
import { IntroductionInput, IntroductionStageInput, type IntroductionView } from "../../../contracts/space-demand.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, notFound, preconditionFailed, validation, zodDetails } from "../../platform/errors.js";
import { type SpaceDeps, todayIso } from "./deps.js";
import { findDemandForActor, rows } from "./demand-repo.js";
import { isUuid, requireIntroducer } from "./demand-policies.js";
import { introductionsOf, itemSummaries, presentIntroduction } from "./get-demand.js";
import { emitSupplyChange } from "./supply-events.js";
import { closeDemandRow, staleVersion } from "./update-demand.js";

/*
 * Introductions: an account manager brings a company with a demand together with a parcel or premises and
 * follows it from suggestion to visit, option and deal (or dropped). A deal on a parcel or premises makes it
 * sold (a purchase) or in use (a lease) by the demand's company and closes the demand; the supply change is
 * announced like any other, so the other demands' suggestions follow.
 */

const ORDER = ["suggested", "visit", "option", "deal"] as const;
const dateColumn = { visit: "visit_on", option: "option_on", deal: "deal_on", dropped: "dropped_on" } as const;

async function present(ctx: Ctx, demandId: string, id: string): Promise<IntroductionView> {
  const found = (await introductionsOf(ctx, demandId)).find((i) => i.id === id)!;
  const items = await itemSummaries(ctx, found.parcelId ? [found.parcelId] : [], found.premisesId ? [found.premisesId] : []);
  return presentIntroduction(found, items.get((found.parcelId ?? found.premisesId)!)!, true);
}

/** Introduces a demand's company to a parcel or premises (stage "suggested"). */
export async function introduce({ ctx, input, deps }: { ctx: Ctx; input: IntroductionInput & { demandId: string }; deps?: Partial<SpaceDeps> }): Promise<IntroductionView> {
  requireIntroducer(ctx.actor);
  const { demandId, ...rest } = input;
  const parsed = IntroductionInput.safeParse(rest);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const v = parsed.data;
  return withTransaction(ctx, async (tx) => {
    const demand = await findDemandForActor(tx, demandId, true);
    if (demand.status !== "open") throw preconditionFailed("This demand is no longer open.", [{ path: "status", code: "demand_not_open", message: "Introductions are for open demands." }]);
    const items = await itemSummaries(tx, v.parcelId ? [v.parcelId] : [], v.premisesId ? [v.premisesId] : []);
    const item = items.get((v.parcelId ?? v.premisesId)!);
    if (!item) throw validation([{ path: v.parcelId ? "parcelId" : "premisesId", code: "unknown_item", message: "There is no such parcel or premises." }]);
    const existing = await rows<{ id: string }>(tx, sql`select id from space_introductions where demand_id = ${demandId}::uuid
      and ${v.parcelId ? sql`parcel_id = ${v.parcelId}::uuid` : sql`premises_id = ${v.premisesId!}::uuid`}`);
    if (existing.length) throw conflict("This company was already introduced to this item.", [{ path: "parcelId", code: "already_introduced", message: "Follow the existing introduction." }]);
    const today = todayIso(deps);
    const by = tx.actor.kind === "user" ? tx.actor.userId : null;
    const [row] = await rows<{ id: string }>(tx, sql`insert into space_introductions (demand_id, parcel_id, premises_id, stage, suggested_on, notes, created_by, updated_by, demo)
      values (${demandId}::uuid, ${v.parcelId ?? null}::uuid, ${v.premisesId ?? null}::uuid, 'suggested', ${today}::date, ${v.notes}, ${by}::uuid, ${by}::uuid, ${demand.demo})
      returning id`);
    await writeAudit(tx, { action: "space_introduction.create", entity: "space_introduction", entityId: row.id, after: { demandId, parcelId: v.parcelId ?? null, premisesId: v.premisesId ?? null, notes: v.notes } });
    return present(tx, demandId, row.id);
  });
}

/** Moves an introduction forward (visit, option, deal) or drops it; a deal closes the demand and takes the item. */
export async function moveIntroduction({ ctx, input }: { ctx: Ctx; input: IntroductionStageInput & { id: string } }): Promise<IntroductionView> {
  requireIntroducer(ctx.actor);
  const { id, ...rest } = input;
  const parsed = IntroductionStageInput.safeParse(rest);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const v = parsed.data;
  if (!isUuid(id)) throw notFound("introduction");
  return withTransaction(ctx, async (tx) => {
    const [current] = await rows<{ id: string; demandId: string; parcelId: string | null; premisesId: string | null; stage: string; suggestedOn: string; version: number }>(tx, sql`
      select id, demand_id as "demandId", parcel_id as "parcelId", premises_id as "premisesId", stage, suggested_on::text as "suggestedOn", version
      from space_introductions where id = ${id}::uuid for update`);
    if (!current) throw notFound("introduction");
    const demand = await findDemandForActor(tx, current.demandId, true);
    if (current.version !== v.version) throw staleVersion();
    const finished = current.stage === "deal" || current.stage === "dropped";
    const backwards = v.stage !== "dropped" && ORDER.indexOf(v.stage) <= ORDER.indexOf(current.stage as (typeof ORDER)[number]);
    if (finished || backwards) {
      throw preconditionFailed("An introduction moves forward only, and not after a deal or once dropped.", [{ path: "stage", code: "stage_not_allowed", message: `From ${current.stage} it cannot go to ${v.stage}.` }]);
    }
    if (v.date < current.suggestedOn) throw validation([{ path: "date", code: "before_introduction", message: "The date lies before the introduction." }]);
    const by = tx.actor.kind === "user" ? tx.actor.userId : null;
    await tx.db.execute(sql`update space_introductions set stage = ${v.stage}, ${sql.raw(dateColumn[v.stage])} = ${v.date}::date,
      notes = ${v.notes ?? sql`notes`}, updated_by = ${by}::uuid, version = version + 1, updated_at = now() where id = ${id}::uuid`);
    await writeAudit(tx, { action: "space_introduction.move", entity: "space_introduction", entityId: id, before: { stage: current.stage }, after: { stage: v.stage, date: v.date, notes: v.notes } });
    if (v.stage === "deal") {
      if (demand.status === "open") await closeDemandRow(tx, demand.id, "closed", "deal");
      const table = sql.raw(current.parcelId ? "space_parcels" : "space_premises");
      const itemId = (current.parcelId ?? current.premisesId)!;
      const availability = demand.transaction === "buy" ? "sold" : "in_use";
      const [before] = await rows<{ availability: string; owner: string | null }>(tx, sql`select availability, owner_organisation_id as owner from ${table} where id = ${itemId}::uuid for update`);
      await tx.db.execute(sql`update ${table} set availability = ${availability}, availability_since = ${v.date}::date, owner_organisation_id = ${demand.organisationId}::uuid,
        version = version + 1, updated_at = now() where id = ${itemId}::uuid`);
      await writeAudit(tx, {
        action: current.parcelId ? "parcel.deal" : "premises.deal",
        entity: current.parcelId ? "parcel" : "premises",
        entityId: itemId,
        before,
        after: { availability, owner: demand.organisationId, introductionId: id },
      });
      await emitSupplyChange(tx, { parcelIds: current.parcelId ? [itemId] : [], premisesIds: current.premisesId ? [itemId] : [], reason: "introduction.deal" });
    }
    return present(tx, current.demandId, id);
  });
}
