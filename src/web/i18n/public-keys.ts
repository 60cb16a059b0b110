/**
 * Which catalogue keys the public pages use, per namespace: French (fr-BE) and German (de-BE) must translate
 * each of them (src/web/i18n/public-keys.test.ts). A prefix ending in "." covers a whole section; other entries
 * are single keys. Keys outside these lists belong to the back office and fall back to nl-BE.
 */
export const PUBLIC_KEYS: Record<string, readonly string[]> = {
  common: [
    "app.", "nav.main", "nav.openMenu", "locales.", "status.", "actions.", "table.", "pagination.", "search.", "filters.", "export.", "form.", "dialog.",
    "toast.", "errors.", "validation.required", "validation.too_small", "validation.too_big", "validation.invalid_format", "validation.email",
    "validation.date", "validation.invalid", "notFound.", "forbidden.", "routeError.", "loading", "yes", "no",
  ],
  compass: [
    "loading", "close", "nav.breadcrumb", "nav.onThisPage", "status.", "kind.", "direction.", "unitName.", "unitLabel.", "unit.", "target.", "card.",
    "filters.label", "filters.search", "filters.searchPlaceholder", "filters.goal", "filters.allGoals", "filters.status", "filters.allStatuses", "filters.sort",
    "filters.reset", "sort.", "export.", "dashboard.count_one", "dashboard.count_other", "dashboard.results_one", "dashboard.results_other",
    "dashboard.emptyFiltered", "dashboard.otherGoals", "chart.", "map.", "indicator.", "public.",
  ],
  grants: ["common.back", "common.loading", "common.none", "common.yes", "common.no", "common.close", "instrument.", "window.", "callStatus.", "language.", "calls.", "missing.call."],
  grantsDecisions: ["publicAwards.", "common."],
  spaceSupply: [
    "demo", "demoNote", "none", "yes", "no", "unknown", "availability.", "parkKind.", "status.", "transaction.", "origin.", "premisesKind.", "renovation.",
    "brownfieldKind.", "features.", "access.", "filters.", "map.", "cols.", "lists.empty", "lists.caption", "lists.exportMore", "detail.parcelTitle",
    "detail.parkTitle", "detail.premisesTitle", "detail.brownfieldTitle", "detail.general", "detail.sustainability", "detail.accessTitle", "detail.regulation",
    "detail.cadastralRef", "detail.zoning", "detail.allowedNace", "detail.noRestriction", "detail.restrictions", "detail.preemption", "detail.buyback", "detail.salePrice", "detail.leasePrice",
    "detail.onRequest", "detail.availabilitySince", "detail.availableFrom", "detail.origin", "detail.transaction", "detail.area", "detail.statedArea",
    "detail.developer", "detail.parkManager", "detail.developmentStatus", "detail.availableArea", "detail.collaboration", "detail.description",
    "detail.documents", "detail.noDocuments", "detail.asPark", "detail.parcelsOfPark", "detail.version", "documents.kinds.", "public.",
  ],
  identity: ["signIn."],
};

/** Whether a flattened key ("calls.title") is one the public pages use in this namespace. */
export function isPublicKey(namespace: string, key: string): boolean {
  return (PUBLIC_KEYS[namespace] ?? []).some((p) => (p.endsWith(".") ? key.startsWith(p) : key === p));
}
