import type { Unit } from "../../../contracts/compass.js";
import { formatDate, formatValue } from "./format.js";

type Params = Record<string, string | number | null>;
type Lang = "fr-BE" | "de-BE";

/**
 * The status sentences in French and German, for the public pages read in those languages
 * (same keys and parameters as sentenceFor's Dutch and English sentences).
 */
export function sentenceForFrDe(key: string, p: Params, locale: Lang): string {
  const fr = locale === "fr-BE";
  const unit = (p.unit ?? "count") as Unit;
  const v = (name: string) => (typeof p[name] === "number" ? formatValue(p[name] as number, unit, locale) : "—");
  const d = (name: string) => (typeof p[name] === "string" ? formatDate(p[name] as string, locale) : "—");
  const band = () => {
    if (typeof p.targetHigh === "number" && typeof p.target === "number" && p.targetHigh !== p.target) return `${v("target")} – ${v("targetHigh")}`;
    return typeof p.target === "number" ? v("target") : v("targetHigh");
  };
  const latest = () => (fr ? `dernière valeur ${v("current")} (${d("currentDate")})` : `letzter Wert ${v("current")} (${d("currentDate")})`);
  const by = (name: string) => (fr ? `d'ici le ${d(name)}` : `bis ${d(name)}`);
  const startNote = () =>
    p.startFrom === "first_measurement"
      ? fr
        ? ` Point de départ : la première mesure (${d("startDate")}), car la date de référence manque.`
        : ` Ausgangspunkt: die erste Messung (${d("startDate")}), da das Basisdatum fehlt.`
      : "";

  switch (key) {
    case "status.no_target":
      if (p.current === null) return fr ? "Suivi, sans valeur cible ; pas encore de mesures." : "Beobachtet, ohne Zielwert; noch keine Messungen.";
      return fr ? `Suivi, sans valeur cible : ${latest()}.` : `Beobachtet, ohne Zielwert: ${latest()}.`;
    case "status.no_data":
      return fr ? "Pas encore de mesures." : "Noch keine Messungen.";
    case "status.statement_figure":
      if (p.currentDate === null)
        return fr
          ? `Chiffre de la déclaration de politique : ${v("current")} ; pas encore de mesures ultérieures.`
          : `Zahl aus der Grundsatzerklärung: ${v("current")}; noch keine späteren Messungen.`;
      return fr
        ? `Chiffre de la déclaration de politique : ${v("current")} au ${d("currentDate")} ; pas encore de mesures ultérieures.`
        : `Zahl aus der Grundsatzerklärung: ${v("current")} am ${d("currentDate")}; noch keine späteren Messungen.`;
    case "status.achieved":
      return fr
        ? `Objectif atteint : ${v("current")} au ${d("currentDate")} (objectif ${band()}).`
        : `Ziel erreicht: ${v("current")} am ${d("currentDate")} (Ziel ${band()}).`;
    case "status.pace": {
      const s =
        p.direction === "lower"
          ? fr
            ? `À ce rythme, ${v("projected")} ${by("targetDate")}, objectif ${band()} ou moins.`
            : `Bei diesem Tempo ${v("projected")} ${by("targetDate")}, Ziel ${band()} oder weniger.`
          : fr
            ? `À ce rythme, ${v("projected")} sur ${band()} ${by("targetDate")}.`
            : `Bei diesem Tempo ${v("projected")} von ${band()} ${by("targetDate")}.`;
      return s + startNote();
    }
    case "status.deadline_passed":
      return fr ? `Objectif ${band()} ${by("targetDate")} non atteint : ${latest()}.` : `Ziel ${band()} ${by("targetDate")} verfehlt: ${latest()}.`;
    case "status.too_few_points":
      return fr
        ? `Trop peu de mesures pour une projection : ${latest()}, objectif ${band()} ${by("targetDate")}.`
        : `Zu wenige Messungen für eine Projektion: ${latest()}, Ziel ${band()} ${by("targetDate")}.`;
    case "status.no_deadline":
      return fr ? `Objectif ${band()} sans échéance : ${latest()}.` : `Ziel ${band()} ohne Frist: ${latest()}.`;
    case "status.keep_within":
      return fr ? `Dans l'objectif (${band()}) : ${latest()}.` : `Innerhalb des Ziels (${band()}): ${latest()}.`;
    case "status.keep_outside": {
      const head = fr ? `Hors de l'objectif (${band()}) : ${latest()}` : `Außerhalb des Ziels (${band()}): ${latest()}`;
      if (typeof p.projected !== "number" || typeof p.targetDate !== "string") return `${head}.`;
      return fr ? `${head} ; à ce rythme, ${v("projected")} ${by("targetDate")}.` : `${head}; bei diesem Tempo ${v("projected")} ${by("targetDate")}.`;
    }
    case "status.milestone_done":
      return fr ? `Jalon atteint le ${d("currentDate")}.` : `Meilenstein am ${d("currentDate")} erreicht.`;
    case "status.milestone_overdue":
      return fr
        ? `Jalon non atteint : l'échéance du ${d("targetDate")} est dépassée.`
        : `Meilenstein nicht erreicht: Die Frist vom ${d("targetDate")} ist abgelaufen.`;
    case "status.milestone_due": {
      const n = Number(p.daysLeft);
      const days = fr ? (n === 1 ? "1 jour" : `${n} jours`) : n === 1 ? "1 Tag" : `${n} Tage`;
      return fr
        ? `Jalon pas encore atteint ; encore ${days} avant l'échéance du ${d("targetDate")}.`
        : `Meilenstein noch nicht erreicht; noch ${days} bis zur Frist am ${d("targetDate")}.`;
    }
    default:
      return key;
  }
}
