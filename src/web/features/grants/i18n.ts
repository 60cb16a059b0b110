import { en } from "./catalogue/en";
import { nl } from "./catalogue/nl";

/** Strings of the grants screens (namespace "grants"). */
export const grantsCatalogue = { "nl-BE": nl, en };
