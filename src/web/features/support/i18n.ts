import { en } from "./catalogue/en";
import { nl } from "./catalogue/nl";

/** Strings of the support programme screens (namespace "support"). */
export const supportCatalogue = { "nl-BE": nl, en };
