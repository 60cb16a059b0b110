import { distance } from "@turf/distance";
import { MUNICIPALITIES } from "../../../../../seed/geography/index.js";
import { NEARBY_KM } from "./rules.js";

/*
 * Municipalities as small integers for the matching engine, and which ones lie near each other: a supply item
 * in a municipality whose reference point is within NEARBY_KM of a wanted municipality's point partly meets a
 * demand's location wish. Reference points are the main towns of Limburg's 38 municipalities (domain facts
 * §7); a NIS code outside that list gets its own number and is near nothing but itself.
 */

const index = new Map<string, number>();
const points: ([number, number] | null)[] = [];
for (const m of MUNICIPALITIES) {
  index.set(m.nis, points.length);
  points.push([m.lon, m.lat]);
}
const known = points.length;
const near: boolean[][] = points.map((a) => points.map((b) => distance(a!, b!, { units: "kilometers" }) <= NEARBY_KM));

/** The number of a NIS code (stable for the life of the process). */
export function municipalityNumber(nis: string): number {
  let n = index.get(nis);
  if (n === undefined) {
    n = points.length;
    index.set(nis, n);
    points.push(null);
  }
  return n;
}

/** True when two municipalities' reference points lie within NEARBY_KM of each other (and both are known). */
export function areNearby(a: number, b: number): boolean {
  return a < known && b < known && near[a][b];
}

/** How many municipality numbers are in use. */
export function municipalityCount(): number {
  return points.length;
}
