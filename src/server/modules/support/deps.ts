/** What support verbs need besides the ctx: the clock (routes pass the app's deps; tests a fixed one). */
export interface SupportDeps {
  now: () => Date;
}

const brussels = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric", month: "2-digit", day: "2-digit" });

export function resolveDeps(deps?: Partial<SupportDeps>): SupportDeps {
  return { now: deps?.now ?? (() => new Date()) };
}

/** Today's date in Limburg (Europe/Brussels) as yyyy-mm-dd. */
export function todayIso(deps: SupportDeps): string {
  return brussels.format(deps.now());
}
