import { type CompiledDemand, type CompiledItem, AVAILABLE, UNMATCHABLE } from "./compile.js";
import { naceAllowed } from "./nace.js";
import { MET, PARTLY, WEIGHTS, accessLevel, budgetLevel, gridLevel, timingLevel, wishLevel } from "./rules.js";

/*
 * The one scoring function (points in halves, or -1 when a hard constraint excludes the pair), and an upper
 * bound of it over a group of items from the group's best values. Both are written over plain numbers, so the
 * exhaustive engine (objects) and the index (packed arrays) run the very same code, and both use the level
 * functions of rules.ts. Every soft criterion is monotone in the item's values (a lower price, distance or
 * date, a higher grid capacity, more features never score worse), so the bound from a group's best values is
 * never below the points of any member.
 */

/**
 * Points (in halves) of an item that passes the hard constraints. `price` is the item's price for the
 * demand's transaction (NaN when on request), `status` 0 available or 1 under option.
 */
export function softPoints(
  d: CompiledDemand,
  area: number,
  status: number,
  muni: number,
  motorway: number,
  rail: number,
  water: number,
  price: number,
  fromDay: number,
  grid: number,
  feat: number,
): number {
  let p = (area >= d.min && area <= d.max ? MET : PARTLY) * WEIGHTS.area;
  p += (status === AVAILABLE ? MET : PARTLY) * WEIGHTS.availability;
  const loc = d.loc;
  if (loc !== null) p += (muni < loc.length ? loc[muni] : 0) * d.wLocation;
  if (d.wAccess !== 0) p += accessLevel(d.maxMotorway, d.maxRail, d.maxWater, motorway, rail, water) * d.wAccess;
  if (d.wBudget !== 0) p += budgetLevel(d.maxPerM2, d.maxTotal, price, area) * d.wBudget;
  if (d.wTiming !== 0) p += timingLevel(d.neededDay, fromDay) * d.wTiming;
  if (d.wGrid !== 0) p += gridLevel(d.grid, grid) * d.wGrid;
  if (d.wHeat !== 0) p += (feat & d.heat ? MET : 0) * d.wHeat;
  if (d.wSust !== 0) p += wishLevel(d.sust, feat) * d.wSust;
  if (d.wCollab !== 0) p += wishLevel(d.collab, feat) * d.wCollab;
  return p;
}

/** Points of the pair in halves (0 … d.max2), or -1 when a hard constraint excludes it. */
export function scorePair(d: CompiledDemand, it: CompiledItem): number {
  if (it.status === UNMATCHABLE || it.land !== d.land || !(d.buy ? it.sale : it.lease)) return -1;
  const area = it.area;
  if (area < d.lo || area > d.hi) return -1;
  if (it.nace !== null && !naceAllowed(d.keys, it.nace)) return -1;
  return softPoints(d, area, it.status, it.muni, it.motorway, it.rail, it.water, d.buy ? it.salePrice : it.leasePrice, it.fromDay, it.grid, it.feat);
}

/**
 * Upper bound of softPoints over a group of items in one municipality, from the group's extremes: its
 * smallest and largest area, whether one member is available (not under option), the smallest distances,
 * the lowest known price and whether some price is on request, the earliest date, the largest grid capacity
 * and the union of the features. -1 when no member's area can fall within the demand's window.
 */
export function groupBound(
  d: CompiledDemand,
  minArea: number,
  maxArea: number,
  anyAvailable: boolean,
  muni: number,
  minMotorway: number,
  minRail: number,
  minWater: number,
  minPrice: number,
  unknownPrice: boolean,
  minFromDay: number,
  maxGrid: number,
  feat: number,
): number {
  if (maxArea < d.lo || minArea > d.hi) return -1;
  let p = (maxArea >= d.min && minArea <= d.max ? MET : PARTLY) * WEIGHTS.area;
  p += (anyAvailable ? MET : PARTLY) * WEIGHTS.availability;
  const loc = d.loc;
  if (loc !== null) p += (muni < loc.length ? loc[muni] : 0) * d.wLocation;
  if (d.wAccess !== 0) p += accessLevel(d.maxMotorway, d.maxRail, d.maxWater, minMotorway, minRail, minWater) * d.wAccess;
  if (d.wBudget !== 0) {
    // The smallest total any member in the window can have is at least minPrice × the window's least area.
    const known = minPrice === Infinity ? 0 : budgetLevel(d.maxPerM2, d.maxTotal, minPrice, minArea > d.lo ? minArea : d.lo);
    p += (unknownPrice && known < PARTLY ? PARTLY : known) * d.wBudget;
  }
  if (d.wTiming !== 0) p += timingLevel(d.neededDay, minFromDay) * d.wTiming;
  if (d.wGrid !== 0) p += gridLevel(d.grid, maxGrid) * d.wGrid;
  if (d.wHeat !== 0) p += (feat & d.heat ? MET : 0) * d.wHeat;
  if (d.wSust !== 0) p += wishLevel(d.sust, feat) * d.wSust;
  if (d.wCollab !== 0) p += wishLevel(d.collab, feat) * d.wCollab;
  return p;
}
