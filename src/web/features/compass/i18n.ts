import { en } from "./catalogue/en";
import { nl } from "./catalogue/nl";

/** Strings of the compass screens (namespace "compass"), used by the back office and the public pages. */
export const compassCatalogue = { "nl-BE": nl, en };
