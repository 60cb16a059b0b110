/**
 * Belgian enterprise numbers (KBO/BCE ondernemingsnummer) and establishment unit numbers
 * (vestigingseenheidsnummer). Pure functions, no I/O.
 *
 * Rules (DOMAIN-FACTS §1): 10 digits; an enterprise number starts with 0 or 1, an establishment
 * number with 2–8; the last two digits are 97 − (first eight mod 97), written as two digits, and
 * a remainder of 0 gives 97 (never 00). A legacy 9-digit number gets a leading 0.
 */

export type NumberProblem = "empty" | "format" | "length" | "country" | "leading_digit" | "all_zeros" | "checksum";

export type ParseResult =
  | { ok: true; digits: string; formatted: string }
  | { ok: false; problem: NumberProblem; message: string };

const MESSAGES: Record<NumberProblem, string> = {
  empty: "No number was given.",
  format: "The number may only contain digits, spaces, dots, dashes or slashes (optionally after BE).",
  length: "An enterprise number has 10 digits (or 9 in the old form).",
  country: "Only Belgian numbers (prefix BE) are enterprise numbers.",
  leading_digit: "An enterprise number starts with 0 or 1.",
  all_zeros: "The number cannot be all zeros.",
  checksum: "The check digits do not match (the last two digits must be 97 minus the first eight modulo 97).",
};

function fail(problem: NumberProblem): ParseResult {
  return { ok: false, problem, message: MESSAGES[problem] };
}

/** The two check digits for the first eight digits: 97 − (n mod 97), with 97 for a remainder of 0. */
export function checkDigits(first8: string): string {
  const n = Number(first8);
  const remainder = n % 97;
  return String(97 - remainder).padStart(2, "0");
}

/** True when the last two digits of a 10-digit string are the mod-97 check of the first eight. */
export function passesMod97(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  return checkDigits(digits.slice(0, 8)) === digits.slice(8);
}

/**
 * Strips the written decorations: an optional country prefix (BE, any case, followed or not by
 * spaces), spaces, dots, dashes, slashes and "(0)". Returns the bare digits, or a problem.
 */
function clean(input: string): { digits: string } | { problem: NumberProblem } {
  let s = input.trim();
  if (s === "") return { problem: "empty" };
  const prefix = s.match(/^([A-Za-z]{2})\s*/);
  if (prefix) {
    if (prefix[1].toUpperCase() !== "BE") return { problem: "country" };
    s = s.slice(prefix[0].length);
  }
  s = s.replace(/\(0\)/g, "0");
  if (!/^[\d\s./-]+$/.test(s)) return { problem: "format" };
  return { digits: s.replace(/[\s./-]/g, "") };
}

/** Parses any written form of an enterprise number and checks it. */
export function parseEnterpriseNumber(input: string): ParseResult {
  const c = clean(input);
  if ("problem" in c) return fail(c.problem);
  let digits = c.digits;
  if (digits.length === 9) digits = `0${digits}`;
  if (digits.length !== 10) return fail("length");
  if (/^0+$/.test(digits)) return fail("all_zeros");
  if (digits[0] !== "0" && digits[0] !== "1") return fail("leading_digit");
  if (!passesMod97(digits)) return fail("checksum");
  return { ok: true, digits, formatted: formatEnterpriseNumber(digits) };
}

/** The 10 digits of a valid enterprise number in any written form, or null. */
export function normaliseEnterpriseNumber(input: string): string | null {
  const r = parseEnterpriseNumber(input);
  return r.ok ? r.digits : null;
}

export function isValidEnterpriseNumber(input: string): boolean {
  return parseEnterpriseNumber(input).ok;
}

/** 0403227515 → 0403.227.515 (the form the KBO files use). Expects 10 digits. */
export function formatEnterpriseNumber(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7, 10)}`;
}

/** BE0403227515 — the VAT number of an enterprise. */
export function vatNumber(digits: string): string {
  return `BE${digits}`;
}

/** Parses any written form of an establishment unit number (e.g. 2.000.000.339) and checks it. */
export function parseEstablishmentNumber(input: string): ParseResult {
  const c = clean(input);
  if ("problem" in c) return fail(c.problem);
  const digits = c.digits;
  if (digits.length !== 10) return { ok: false, problem: "length", message: "An establishment number has 10 digits." };
  if (!/^[2-8]/.test(digits)) {
    return { ok: false, problem: "leading_digit", message: "An establishment number starts with a digit from 2 to 8." };
  }
  if (!passesMod97(digits)) return fail("checksum");
  return { ok: true, digits, formatted: formatEstablishmentNumber(digits) };
}

export function isValidEstablishmentNumber(input: string): boolean {
  return parseEstablishmentNumber(input).ok;
}

/** 2000000339 → 2.000.000.339 (the form the KBO files use). Expects 10 digits. */
export function formatEstablishmentNumber(digits: string): string {
  return `${digits[0]}.${digits.slice(1, 4)}.${digits.slice(4, 7)}.${digits.slice(7, 10)}`;
}

/**
 * What a search box holds when it looks like a number: the 10 digits of a valid enterprise
 * number, or null. Used by search to match "BE 0403 227 515", "403227515", "0403.227.515" alike.
 */
export function enterpriseNumberQuery(q: string): string | null {
  if (!/\d{3}/.test(q)) return null;
  return normaliseEnterpriseNumber(q);
}

/** Builds a valid 10-digit number from 8 leading digits (generator and factories). */
export function withCheckDigits(first8: string): string {
  return `${first8}${checkDigits(first8)}`;
}
