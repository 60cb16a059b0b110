import type { Reason } from "../../../contracts/grants.js";

type Params = Reason["params"];

/** Builds a reason: a stable code for the UI to translate, an English sentence, and its parameters. */
export function reason(code: string, message: string, params: Params = {}): Reason {
  return { code, message, params };
}

/** "EUR 250,000.00" — for the English sentences only; the UI formats amounts itself. */
export function euro(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}EUR ${whole}.${String(abs % 100).padStart(2, "0")}`;
}
