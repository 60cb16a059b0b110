import { decisionsEn } from "./catalogue/decisions-en";
import { decisionsNl } from "./catalogue/decisions-nl";

/** Strings of the review, decision, payment and register screens (namespace "grantsDecisions"). */
export const grantsDecisionsCatalogue = { "nl-BE": decisionsNl, en: decisionsEn };
