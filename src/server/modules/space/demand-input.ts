import { sql } from "drizzle-orm";
import type { z } from "zod";
import type { DemandInput } from "../../../contracts/space-demand.js";
import { MUNICIPALITIES } from "../../../../seed/geography/index.js";
import type { Ctx } from "../../platform/context.js";
import { validation } from "../../platform/errors.js";
import { sectionOfDivision } from "./matching/nace.js";
import { rows } from "./demand-repo.js";

type Fields = Omit<z.output<typeof DemandInput>, "organisationId">;

const LIMBURG = new Set(MUNICIPALITIES.map((m) => m.nis));

/** Checks the schema cannot express: Limburg municipalities, a real NACE division. Throws validation. */
export function checkDemandFields(v: Fields): void {
  const details = [];
  v.municipalities.forEach((nis, i) => {
    if (!LIMBURG.has(nis)) details.push({ path: `municipalities.${i}`, code: "not_in_limburg", message: `${nis} is not a municipality of Limburg.` });
  });
  if (sectionOfDivision(Number(v.activity.replace(/\./g, "").slice(0, 2))) === null) {
    details.push({ path: "activity", code: "unknown_nace", message: `${v.activity} is not a NACE-BEL activity.` });
  }
  if (details.length) throw validation(details);
}

/** The columns of space_demands from the parsed fields. */
export function demandColumns(v: Fields) {
  return {
    title: v.title,
    kind: v.kind,
    transaction: v.transaction,
    areaMinM2: v.areaMinM2,
    areaMaxM2: v.areaMaxM2,
    municipalities: [...new Set(v.municipalities)],
    maxMotorwayKm: v.maxDistanceKm.motorway ?? null,
    maxRailKm: v.maxDistanceKm.rail ?? null,
    maxWaterKm: v.maxDistanceKm.water ?? null,
    neededFrom: v.neededFrom,
    gridCapacityKva: v.gridCapacityKva,
    activityNace: v.activity,
    maxPricePerM2Cents: v.budget.maxPricePerM2Cents,
    maxTotalCents: v.budget.maxTotalCents,
    wishHeatNetwork: v.wishes.heatNetwork,
    wishSharedSolar: v.wishes.sharedSolar,
    wishWaterManagement: v.wishes.waterManagement,
    wishSharedServices: v.wishes.sharedServices,
    wishParkManagement: v.wishes.parkManagement,
    wishesText: v.wishesText,
  };
}

/** The organisation exists and is active (an unknown one is a validation error on organisationId). */
export async function requireOrganisation(ctx: Ctx, organisationId: string): Promise<void> {
  const [found] = await rows<{ id: string }>(ctx, sql`select id from organisations where id = ${organisationId}::uuid and merged_into is null`);
  if (!found) throw validation([{ path: "organisationId", code: "unknown_organisation", message: "There is no such organisation." }]);
}
