import { de } from "./catalogue/de";
import { en } from "./catalogue/en";
import { fr } from "./catalogue/fr";
import { nl } from "./catalogue/nl";

/**
 * Strings of the compass screens (namespace "compass"), used by the back office and the public pages.
 * French and German cover the public pages; the rest falls back to nl-BE.
 */
export const compassCatalogue = { "nl-BE": nl, en, "fr-BE": fr, "de-BE": de };
