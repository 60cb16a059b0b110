import { sql } from "drizzle-orm";
import { RetailPremisesInput, RetailStatusInput, type RetailPremisesView } from "../../../contracts/space-demand.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, forbidden, notFound, preconditionFailed, validation, zodDetails } from "../../platform/errors.js";
import { type SpaceDeps, todayIso } from "./deps.js";
import { rows } from "./demand-repo.js";
import { isUuid } from "./demand-policies.js";
import { canKeepRetail, requireReadsMunicipality, requireRetailKeeper } from "./retail-policies.js";
import { findCore, premisesOf } from "./retail-repo.js";
import { staleVersion } from "./update-demand.js";

const future = (path: string) => validation([{ path, code: "future_date", message: "This date lies in the future." }]);
const who = (ctx: Ctx) => ({ id: ctx.actor.kind === "user" ? ctx.actor.userId : null, label: ctx.actor.label });

async function onePremises(ctx: Ctx, id: string): Promise<RetailPremisesView> {
  const [p] = await premisesOf(ctx, sql`p.id = ${id}::uuid`);
  if (!p) throw notFound("retail premises");
  return p;
}

/** Registers a shop, horeca or service premises in a core, with its status from a date. */
export async function addRetailPremises({ ctx, input, deps, demo = false }: { ctx: Ctx; input: RetailPremisesInput & { coreId: string }; deps?: Partial<SpaceDeps>; demo?: boolean }): Promise<RetailPremisesView> {
  requireRetailKeeper(ctx.actor);
  const { coreId, ...rest } = input;
  const parsed = RetailPremisesInput.safeParse(rest);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const v = parsed.data;
  if (v.since > todayIso(deps)) throw future("since");
  return withTransaction(ctx, async (tx) => {
    const core = await findCore(tx, coreId, true);
    requireReadsMunicipality(tx.actor, core.municipalityNis, "retail core");
    if (!canKeepRetail(tx.actor, core.municipalityNis)) throw forbidden("You keep the retail cores of your own municipality only.");
    const taken = await rows<{ id: string }>(tx, sql`select id from retail_premises where core_id = ${coreId}::uuid and address = ${v.address}`);
    if (taken.length) throw conflict("This core already has premises at this address.", [{ path: "address", code: "address_taken", message: "Change the status of the existing premises instead." }]);
    const [{ id }] = await rows<{ id: string }>(tx, sql`insert into retail_premises (core_id, address, status, vacant_since, sector, floor_area_m2, occupant_name, demo)
      values (${coreId}::uuid, ${v.address}, ${v.status}, ${v.status === "vacant" ? v.since : null}::date, ${v.sector}, ${v.floorAreaM2}, ${v.status === "occupied" ? v.occupantName : ""}, ${demo}) returning id`);
    const by = who(tx);
    await tx.db.execute(sql`insert into retail_premises_status_changes (premises_id, status, sector, effective_date, changed_by, changed_by_label)
      values (${id}::uuid, ${v.status}, ${v.sector}, ${v.since}::date, ${by.id}::uuid, ${by.label})`);
    await writeAudit(tx, { action: "retail_premises.create", entity: "retail_premises", entityId: id, after: { coreId, ...v, demo } });
    return onePremises(tx, id);
  });
}

/** Records that a premises became vacant or occupied (again) on a date; the history keeps every change. */
export async function changeRetailStatus({ ctx, input, deps }: { ctx: Ctx; input: RetailStatusInput & { id: string }; deps?: Partial<SpaceDeps> }): Promise<RetailPremisesView> {
  requireRetailKeeper(ctx.actor);
  const { id, ...rest } = input;
  const parsed = RetailStatusInput.safeParse(rest);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const v = parsed.data;
  if (v.date > todayIso(deps)) throw future("date");
  if (!isUuid(id)) throw notFound("retail premises");
  return withTransaction(ctx, async (tx) => {
    const [current] = await rows<{ coreId: string; status: string; sector: string; version: number; occupantName: string; lastDate: string }>(tx, sql`
      select p.core_id as "coreId", p.status, p.sector, p.version, p.occupant_name as "occupantName",
        (select max(h.effective_date)::text from retail_premises_status_changes h where h.premises_id = p.id) as "lastDate"
      from retail_premises p where p.id = ${id}::uuid for update`);
    if (!current) throw notFound("retail premises");
    const core = await findCore(tx, current.coreId);
    requireReadsMunicipality(tx.actor, core.municipalityNis, "retail premises");
    if (!canKeepRetail(tx.actor, core.municipalityNis)) throw forbidden("You keep the retail cores of your own municipality only.");
    if (current.version !== v.version) throw staleVersion();
    if (v.date < current.lastDate) {
      throw preconditionFailed("A status change cannot lie before the last one.", [{ path: "date", code: "before_last_change", message: `The last change took effect on ${current.lastDate}.` }]);
    }
    const sector = v.sector ?? current.sector;
    const occupant = v.status === "occupied" ? (v.occupantName ?? current.occupantName) : "";
    const vacantSince = v.status === "vacant" ? (current.status === "vacant" ? sql`vacant_since` : sql`${v.date}::date`) : sql`null`;
    await tx.db.execute(sql`update retail_premises set status = ${v.status}, sector = ${sector}, occupant_name = ${occupant}, vacant_since = ${vacantSince},
      version = version + 1, updated_at = now() where id = ${id}::uuid`);
    const by = who(tx);
    await tx.db.execute(sql`insert into retail_premises_status_changes (premises_id, status, sector, effective_date, changed_by, changed_by_label)
      values (${id}::uuid, ${v.status}, ${sector}, ${v.date}::date, ${by.id}::uuid, ${by.label})`);
    await writeAudit(tx, { action: "retail_premises.status", entity: "retail_premises", entityId: id, before: { status: current.status, sector: current.sector }, after: { status: v.status, sector, date: v.date } });
    return onePremises(tx, id);
  });
}
