/*
 * NACE-BEL codes against what a zoning allows. A zoning lists rules: a section letter ("C") or a code prefix
 * ("10.1", "46"). An activity is allowed when one rule is its section or a prefix of its code, so "10.1" allows
 * 10.11 and 10.130 but a rule "10.110" (a national subclass) does not allow the class 10.11 as a whole.
 *
 * Sections are those of NACE Rev. 2 / NACE-BEL 2008 (21 sections A–U, by division). NACE-BEL 2025 regroups a
 * few divisions into other sections; zonings written with 2025 sections should list division prefixes instead.
 */

/** First and last division of each NACE Rev. 2 section. */
const SECTIONS: [string, number, number][] = [
  ["A", 1, 3],
  ["B", 5, 9],
  ["C", 10, 33],
  ["D", 35, 35],
  ["E", 36, 39],
  ["F", 41, 43],
  ["G", 45, 47],
  ["H", 49, 53],
  ["I", 55, 56],
  ["J", 58, 63],
  ["K", 64, 66],
  ["L", 68, 68],
  ["M", 69, 75],
  ["N", 77, 82],
  ["O", 84, 84],
  ["P", 85, 85],
  ["Q", 86, 88],
  ["R", 90, 93],
  ["S", 94, 96],
  ["T", 97, 98],
  ["U", 99, 99],
];

/** The section letter of a division, or null for a number that is no NACE Rev. 2 division. */
export function sectionOfDivision(division: number): string | null {
  for (const [letter, from, to] of SECTIONS) if (division >= from && division <= to) return letter;
  return null;
}

/** "10.11" → "1011"; a section letter stays as it is. */
export function normaliseNace(code: string): string {
  const trimmed = code.trim().toUpperCase();
  return /^[A-U]$/.test(trimmed) ? trimmed : trimmed.replace(/\./g, "");
}

/** "1011" → "10.11", "10110" → "10.110": the usual written form, for messages. */
export function formatNace(code: string): string {
  const n = normaliseNace(code);
  return n.length > 2 && /^\d+$/.test(n) ? `${n.slice(0, 2)}.${n.slice(2)}` : n;
}

/** Every rule that would allow the activity: its section and each of its prefixes from the division on. */
export function naceKeys(activity: string): string[] {
  const digits = normaliseNace(activity);
  const keys: string[] = [];
  const section = sectionOfDivision(Number(digits.slice(0, 2)));
  if (section) keys.push(section);
  for (let len = 2; len <= digits.length; len++) keys.push(digits.slice(0, len));
  return keys;
}

/** True when one of the zoning's (normalised) rules allows an activity with these keys; null rules allow all. */
export function naceAllowed(keys: readonly string[], rules: readonly string[] | null): boolean {
  if (rules === null) return true;
  for (const rule of rules) if (keys.includes(rule)) return true;
  return false;
}
