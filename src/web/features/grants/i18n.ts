import { de } from "./catalogue/de";
import { en } from "./catalogue/en";
import { fr } from "./catalogue/fr";
import { nl } from "./catalogue/nl";

/** Strings of the grants screens (namespace "grants"); French and German cover the public call pages. */
export const grantsCatalogue = { "nl-BE": nl, en, "fr-BE": fr, "de-BE": de };
