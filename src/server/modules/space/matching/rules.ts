import type { CriterionKey } from "../../../../contracts/space.js";

/*
 * The scoring model of space matching.
 *
 * Hard constraints exclude an item, with the reason stated: the wrong kind (land vs building), the wrong
 * transaction (buy vs lease), an item that is not available or under option, an area far outside the wanted
 * range (below AREA_HARD_BELOW × minimum or above AREA_HARD_ABOVE × maximum), a zoning that does not allow the
 * demand's activity.
 *
 * Soft criteria each come out met (full weight), partly met (half) or not met (nothing). A criterion the demand
 * does not express (no wanted municipality, no budget, …) does not count; area and availability always do.
 * The score is 100 × points / (sum of the counted weights), rounded; items rank by exact points, then by id.
 *
 * Internally an outcome is a level: 2 met, 1 partly, 0 not met; points are counted in halves (level × weight),
 * so all comparisons are on integers.
 */

export const WEIGHTS = {
  area: 20,
  location: 15,
  access: 10,
  budget: 15,
  timing: 10,
  grid_capacity: 10,
  availability: 5,
  heat_network: 5,
  sustainability: 5,
  collaboration: 5,
} as const satisfies Record<CriterionKey, number>;

/** Below this share of the wanted minimum area an item is excluded; between it and the minimum: partly met. */
export const AREA_HARD_BELOW = 0.7;
/** Above this multiple of the wanted maximum area an item is excluded; between the maximum and it: partly met. */
export const AREA_HARD_ABOVE = 1.5;
/** A municipality whose reference point lies this close to a wanted one's partly meets the location wish. */
export const NEARBY_KM = 15;
/** Up to this multiple of a maximum access distance: partly met. */
export const ACCESS_PARTLY_FACTOR = 1.5;
/** Up to this multiple of the budget: partly met. An unknown price (on request) is partly met. */
export const BUDGET_PARTLY_FACTOR = 1.15;
/** Available at most this many days after the date needed: partly met. */
export const TIMING_PARTLY_DAYS = 183;
/** At least this share of the required grid capacity (reinforcement within reach): partly met. */
export const GRID_PARTLY_FACTOR = 0.75;

export const MET = 2;
export const PARTLY = 1;
export const NOT_MET = 0;

/** Level of one limit: value ≤ limit met; ≤ limit × factor partly; otherwise (or unknown value: NaN) not met. */
export function limitLevel(value: number, limit: number, factor: number): number {
  return value <= limit ? MET : value <= limit * factor ? PARTLY : NOT_MET;
}

/** Access: met when every wished distance is met, not met when none is even partly met, partly otherwise. */
export function accessLevel(maxMotorway: number, maxRail: number, maxWater: number, motorway: number, rail: number, water: number): number {
  let wished = 0;
  let met = 0;
  let none = 0;
  if (maxMotorway === maxMotorway) {
    wished++;
    const l = limitLevel(motorway, maxMotorway, ACCESS_PARTLY_FACTOR);
    if (l === MET) met++;
    else if (l === NOT_MET) none++;
  }
  if (maxRail === maxRail) {
    wished++;
    const l = limitLevel(rail, maxRail, ACCESS_PARTLY_FACTOR);
    if (l === MET) met++;
    else if (l === NOT_MET) none++;
  }
  if (maxWater === maxWater) {
    wished++;
    const l = limitLevel(water, maxWater, ACCESS_PARTLY_FACTOR);
    if (l === MET) met++;
    else if (l === NOT_MET) none++;
  }
  return met === wished ? MET : none === wished ? NOT_MET : PARTLY;
}

/** Budget: the worse of price per m² and total price against their limits (NaN limit: none); unknown price: partly. */
export function budgetLevel(maxPerM2: number, maxTotal: number, pricePerM2: number, area: number): number {
  if (pricePerM2 !== pricePerM2) return PARTLY;
  let level = MET;
  if (maxPerM2 === maxPerM2) level = limitLevel(pricePerM2, maxPerM2, BUDGET_PARTLY_FACTOR);
  if (maxTotal === maxTotal) level = Math.min(level, limitLevel(pricePerM2 * area, maxTotal, BUDGET_PARTLY_FACTOR));
  return level;
}

/** Timing: available on or before the day needed; partly up to TIMING_PARTLY_DAYS later. Days since 1970. */
export function timingLevel(neededDay: number, fromDay: number): number {
  return fromDay <= neededDay ? MET : fromDay <= neededDay + TIMING_PARTLY_DAYS ? PARTLY : NOT_MET;
}

/** Grid capacity: at least the required kVA; partly from GRID_PARTLY_FACTOR of it; unknown (-1): not met. */
export function gridLevel(required: number, capacity: number): number {
  return capacity >= required ? MET : capacity >= required * GRID_PARTLY_FACTOR ? PARTLY : NOT_MET;
}

/** Wishes (a bit set) against what is offered: all met, some partly, none not met. */
export function wishLevel(wished: number, offered: number): number {
  const have = wished & offered;
  return have === wished ? MET : have === 0 ? NOT_MET : PARTLY;
}

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
}
