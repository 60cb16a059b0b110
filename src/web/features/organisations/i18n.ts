import { en } from "./catalogue/en";
import { nl } from "./catalogue/nl";

/** Strings of the organisation registry screens (namespace "organisations"). */
export const organisationsCatalogue = { "nl-BE": nl, en };
