/**
 * Belgian IBANs (DOMAIN-FACTS §9), checked on both layers:
 * - ISO 13616: move the first four characters to the end, letters to numbers (A=10 … Z=35), the
 *   number mod 97 must be 1 (ISO 7064 mod 97-10);
 * - the Belgian national check on the 12-digit BBAN (bank code 3, account 7, check 2): the first
 *   ten digits mod 97, with 0 written as 97, must equal the last two.
 * The ISO layer alone accepts BE54310100270000 (national check 00), so both are needed.
 *
 * Whether a bank code is assigned can only be told from the National Bank's list of bank
 * identification codes, which changes; the caller may pass it as `isKnownBankCode`.
 */
import type { IbanProblem, IbanResult } from "../../../contracts/grants.js";
import { reason } from "./reason.js";

/** Electronic form: whitespace and dashes removed, upper case. */
export function normaliseIban(input: string): string {
  return input.replace(/[\s-]+/g, "").toUpperCase();
}

/** Paper form: groups of four separated by one space. */
export function formatIban(iban: string): string {
  return normaliseIban(iban).replace(/(.{4})(?=.)/g, "$1 ");
}

/** ISO 7064 mod 97-10 remainder of an IBAN (1 for a valid one), computed piecewise. */
export function ibanRemainder(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const digits = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder;
}

/** The two IBAN check digits for a country and BBAN: 98 − remainder with "00" in the slot. */
export function ibanCheckDigits(country: string, bban: string): string {
  return String(98 - ibanRemainder(`${country}00${bban}`)).padStart(2, "0");
}

/** The Belgian national check digits of the first ten BBAN digits: n mod 97, 0 written as 97. */
export function belgianNationalCheck(first10: string): string {
  const c = Number(first10) % 97;
  return String(c === 0 ? 97 : c).padStart(2, "0");
}

/** Builds a valid Belgian IBAN from a bank code (3 digits) and account number (7 digits). */
export function belgianIbanFrom(bankCode: string, account: string): string {
  if (!/^\d{3}$/.test(bankCode) || !/^\d{7}$/.test(account)) throw new RangeError("Bank code has 3 digits, account 7");
  const bban = bankCode + account + belgianNationalCheck(bankCode + account);
  return `BE${ibanCheckDigits("BE", bban)}${bban}`;
}

export interface IbanOptions {
  /** The National Bank's list of bank identification codes; omitted: the bank code is not checked. */
  isKnownBankCode?: (bankCode: string) => boolean;
}

function fail(normalised: string, problem: IbanProblem, message: string, params: Record<string, string | number> = {}): IbanResult {
  return { valid: false, normalised, problem, reason: reason(`iban.${problem}`, message, { iban: normalised, ...params }) };
}

/** Validates a Belgian IBAN as typed (spaces, lower case and dashes allowed). */
export function validateBelgianIban(input: string, options: IbanOptions = {}): IbanResult {
  const iban = normaliseIban(input);
  if (!/^[A-Z]{2}[0-9A-Z]*$/.test(iban)) {
    return fail(iban, "format", "An IBAN starts with two letters and contains only letters and digits.");
  }
  const country = iban.slice(0, 2);
  if (country !== "BE") {
    return fail(iban, "country", `Only Belgian IBANs (starting with BE) are accepted; this one is from ${country}.`, { country });
  }
  if (iban.length !== 16) {
    return fail(iban, "length", `A Belgian IBAN has 16 characters; this one has ${iban.length}.`, { length: iban.length });
  }
  if (!/^BE\d{14}$/.test(iban)) {
    return fail(iban, "format", "After BE, a Belgian IBAN contains only digits.");
  }
  const remainder = ibanRemainder(iban);
  if (remainder !== 1) {
    return fail(iban, "iso_checksum", "The IBAN check digits (the two digits after BE) do not match; the number was probably mistyped.", { remainder });
  }
  const bban = iban.slice(4);
  const expected = belgianNationalCheck(bban.slice(0, 10));
  const actual = bban.slice(10);
  if (expected !== actual) {
    return fail(iban, "national_checksum", `The Belgian account check digits should be ${expected} but are ${actual}.`, { expected, actual });
  }
  const bankCode = bban.slice(0, 3);
  if (options.isKnownBankCode && !options.isKnownBankCode(bankCode)) {
    return fail(iban, "bank_code", `No Belgian bank uses the bank code ${bankCode}.`, { bankCode });
  }
  const formatted = formatIban(iban);
  return {
    valid: true,
    iban,
    formatted,
    bankCode,
    reason: reason("iban.valid", `${formatted} is a valid Belgian IBAN (both the IBAN and the Belgian check digits match).`, { iban: formatted, bankCode }),
  };
}
