import type { SuggestedItem } from "../../../contracts/space-demand.js";
import type { DemandRecord } from "./demand-repo.js";

/** Where the back office and the portal show a demand. */
export const demandHref = (id: string) => `/app/ruimte/vragen/${id}`;

const area = (m2: number, locale: string) => `${Math.round(m2).toLocaleString(locale === "en" ? "en-GB" : "nl-BE")} m²`;

/** The mail announcing supply suggested for the first time for a demand, in the recipient's language. */
export function newSuggestionsMail(locale: string, demand: Pick<DemandRecord, "id" | "title">, items: SuggestedItem[]): { subject: string; text: string; language: string } {
  const en = locale === "en";
  const lines = items.map((i) => `- ${i.label}${i.parkName ? ` (${i.parkName})` : ""}, ${area(i.areaM2, locale)}`);
  if (en) {
    return {
      language: "en",
      subject: `New suggestions for your space demand "${demand.title}"`,
      text: [`Koers found ${items.length === 1 ? "a new match" : `${items.length} new matches`} for your space demand "${demand.title}":`, "", ...lines, "", `See every criterion and its weight at ${demandHref(demand.id)}.`].join("\n"),
    };
  }
  return {
    language: "nl",
    subject: `Nieuwe suggesties voor uw ruimtevraag "${demand.title}"`,
    text: [`Koers vond ${items.length === 1 ? "een nieuwe match" : `${items.length} nieuwe matches`} voor uw ruimtevraag "${demand.title}":`, "", ...lines, "", `Bekijk elk criterium en zijn gewicht op ${demandHref(demand.id)}.`].join("\n"),
  };
}
