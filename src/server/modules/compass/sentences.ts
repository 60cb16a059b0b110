import type { Unit } from "../../../contracts/compass.js";
import { formatDate, formatValue, type CompassLocale } from "./format.js";
import { sentenceForFrDe } from "./sentences-fr-de.js";

type Params = Record<string, string | number | null>;

/**
 * The finished sentence of a status explanation ({ key, params }) in nl-BE or English
 * (French and German: sentences-fr-de.ts).
 * The web renders the same keys from its own catalogue; the server's sentence is what exports,
 * import reports and API clients without a catalogue show.
 */
export function sentenceFor(key: string, p: Params, locale: CompassLocale): string {
  if (locale === "fr-BE" || locale === "de-BE") return sentenceForFrDe(key, p, locale);
  const nl = locale === "nl-BE";
  const unit = (p.unit ?? "count") as Unit;
  const v = (name: string) => (typeof p[name] === "number" ? formatValue(p[name] as number, unit, locale) : "—");
  const d = (name: string) => (typeof p[name] === "string" ? formatDate(p[name] as string, locale) : "—");
  const band = () => {
    if (typeof p.targetHigh === "number" && typeof p.target === "number" && p.targetHigh !== p.target) {
      return nl ? `${v("target")} – ${v("targetHigh")}` : `${v("target")}–${v("targetHigh")}`;
    }
    return typeof p.target === "number" ? v("target") : v("targetHigh");
  };
  const latest = () => (nl ? `laatste waarde ${v("current")} (${d("currentDate")})` : `latest value ${v("current")} (${d("currentDate")})`);
  const startNote = () =>
    p.startFrom === "first_measurement"
      ? nl
        ? ` Vertrekpunt: de eerste meting (${d("startDate")}), want de basisdatum ontbreekt.`
        : ` Starting point: the first measurement (${d("startDate")}), as the baseline date is missing.`
      : "";

  switch (key) {
    case "status.no_target":
      if (p.current === null) return nl ? "Gevolgd, zonder streefwaarde; nog geen metingen." : "Monitored, no target; no measurements yet.";
      return nl ? `Gevolgd, zonder streefwaarde: ${latest()}.` : `Monitored, no target: ${latest()}.`;
    case "status.no_data":
      return nl ? "Nog geen metingen." : "No measurements yet.";
    case "status.statement_figure":
      if (p.currentDate === null)
        return nl ? `Cijfer uit de beleidsverklaring: ${v("current")}; nog geen latere metingen.` : `Figure from the policy statement: ${v("current")}; no later measurements yet.`;
      return nl
        ? `Cijfer uit de beleidsverklaring: ${v("current")} op ${d("currentDate")}; nog geen latere metingen.`
        : `Figure from the policy statement: ${v("current")} on ${d("currentDate")}; no later measurements yet.`;
    case "status.achieved":
      return nl
        ? `Doel bereikt: ${v("current")} op ${d("currentDate")} (doel ${band()}).`
        : `Target met: ${v("current")} on ${d("currentDate")} (target ${band()}).`;
    case "status.pace": {
      const s =
        p.direction === "lower"
          ? nl
            ? `In dit tempo ${v("projected")} tegen ${d("targetDate")}, doel ${band()} of minder.`
            : `At this pace ${v("projected")} by ${d("targetDate")}, target ${band()} or less.`
          : nl
            ? `In dit tempo ${v("projected")} van ${band()} tegen ${d("targetDate")}.`
            : `At this pace ${v("projected")} of ${band()} by ${d("targetDate")}.`;
      return s + startNote();
    }
    case "status.deadline_passed":
      return nl
        ? `Doel ${band()} tegen ${d("targetDate")} niet gehaald: ${latest()}.`
        : `Target ${band()} by ${d("targetDate")} missed: ${latest()}.`;
    case "status.too_few_points":
      return nl
        ? `Te weinig metingen voor een projectie: ${latest()}, doel ${band()} tegen ${d("targetDate")}.`
        : `Too few measurements for a projection: ${latest()}, target ${band()} by ${d("targetDate")}.`;
    case "status.no_deadline":
      return nl ? `Doel ${band()} zonder einddatum: ${latest()}.` : `Target ${band()} without a deadline: ${latest()}.`;
    case "status.keep_within":
      return nl ? `Binnen het doel (${band()}): ${latest()}.` : `Within the target (${band()}): ${latest()}.`;
    case "status.keep_outside": {
      const head = nl ? `Buiten het doel (${band()}): ${latest()}` : `Outside the target (${band()}): ${latest()}`;
      if (typeof p.projected !== "number" || typeof p.targetDate !== "string") return `${head}.`;
      return nl ? `${head}; in dit tempo ${v("projected")} tegen ${d("targetDate")}.` : `${head}; at this pace ${v("projected")} by ${d("targetDate")}.`;
    }
    case "status.milestone_done":
      return nl ? `Mijlpaal bereikt op ${d("currentDate")}.` : `Milestone reached on ${d("currentDate")}.`;
    case "status.milestone_overdue":
      return nl
        ? `Mijlpaal niet bereikt: de deadline van ${d("targetDate")} is verstreken.`
        : `Milestone not reached: the deadline of ${d("targetDate")} has passed.`;
    case "status.milestone_due": {
      const n = Number(p.daysLeft);
      const days = nl ? (n === 1 ? "1 dag" : `${n} dagen`) : n === 1 ? "1 day" : `${n} days`;
      return nl
        ? `Mijlpaal nog niet bereikt; nog ${days} tot de deadline van ${d("targetDate")}.`
        : `Milestone not reached yet; ${days} left until the deadline of ${d("targetDate")}.`;
    }
    default:
      return key;
  }
}
