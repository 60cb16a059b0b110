import { decisionsDe } from "./catalogue/decisions-de";
import { decisionsEn } from "./catalogue/decisions-en";
import { decisionsFr } from "./catalogue/decisions-fr";
import { decisionsNl } from "./catalogue/decisions-nl";

/**
 * Strings of the review, decision, payment and register screens (namespace "grantsDecisions");
 * French and German cover the public list of awarded aid.
 */
export const grantsDecisionsCatalogue = { "nl-BE": decisionsNl, en: decisionsEn, "fr-BE": decisionsFr, "de-BE": decisionsDe };
