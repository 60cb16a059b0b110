/**
 * The "common" namespace: the application shell, shared components, error codes and
 * validation messages. Dutch (nl-BE) is the default (common/nl.ts); English mirrors every key (common/en.ts).
 */
import type { Catalogue } from "./index";
import { en } from "./common/en";
import { nl } from "./common/nl";

export const commonCatalogue: Catalogue = { "nl-BE": nl, en };
