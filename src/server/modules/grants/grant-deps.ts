/** What the grant verbs need besides the ctx: the clock (routes pass the app's; tests a fixed one). */
export interface GrantDeps {
  now: () => Date;
}

const brussels = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric", month: "2-digit", day: "2-digit" });

export function nowOf(deps?: Partial<GrantDeps>): Date {
  return (deps?.now ?? (() => new Date()))();
}

/** Today's date in Limburg (Europe/Brussels) as yyyy-mm-dd. */
export function todayOf(deps?: Partial<GrantDeps>): string {
  return brussels.format(nowOf(deps));
}
