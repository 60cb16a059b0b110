/**
 * The "common" namespace: the application shell, shared components, error codes and
 * validation messages. Dutch (nl-BE) is the default (common/nl.ts); English mirrors every key (common/en.ts);
 * French (common/fr.ts) and German (common/de.ts) cover the keys of the public pages.
 */
import type { Catalogue } from "./index";
import { de } from "./common/de";
import { en } from "./common/en";
import { fr } from "./common/fr";
import { nl } from "./common/nl";

export const commonCatalogue: Catalogue = { "nl-BE": nl, en, "fr-BE": fr, "de-BE": de };
