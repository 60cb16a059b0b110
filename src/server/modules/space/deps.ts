/** What space verbs need besides the ctx: the clock (routes pass the app's; tests a fixed one). */
export interface SpaceDeps {
  now: () => Date;
}

const brussels = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in Limburg (Europe/Brussels) as yyyy-mm-dd. */
export function todayIso(deps?: Partial<SpaceDeps>): string {
  return brussels.format((deps?.now ?? (() => new Date()))());
}

/** The start of the policy period 2026–2030: the 200 ha count the area activated from this date on. */
export const POLICY_PERIOD_START = "2026-01-01";
