import type { RouteObject } from "react-router";

/**
 * Business space screens (supply side). Pages load lazily so that MapLibre stays out of the first bundle.
 * supplyRoutes are children of "/app":
 *   ruimte/kaart              map of parks, parcels and premises with filters (click opens the record)
 *   ruimte/percelen[/:id]     parcels; one parcel with availability, edit form, documents
 *   ruimte/terreinen[/:id]    business parks; one park with its parcels
 *   ruimte/panden[/:id]       premises; ruimte/panden/nieuw records new premises (keepers)
 *   ruimte/brownfields[/:id]  brownfields and outdated zones; ruimte/brownfields/nieuw records one (keepers)
 *   ruimte/import             GeoJSON/CSV import with a dry run
 * spacePublicRoutes are children of the public layout: ruimte (catalogue with map), ruimte/percelen/:id.
 */
const KEEPERS_AND_STAFF = ["administrator", "policy_analyst", "account_manager", "grant_officer", "municipality"] as const;
const pages = () => import("./supply/pages/OtherListsPages");
const records = () => import("./supply/pages/RecordPages");
const newRecords = () => import("./supply/pages/NewRecordPages");
const publicPages = () => import("./supply/pages/PublicSpacePage");

export const supplyRoutes: RouteObject[] = [
  {
    path: "ruimte/kaart",
    handle: { nav: { labelKey: "spaceSupply:nav.map", roles: [...KEEPERS_AND_STAFF], order: 60 } },
    lazy: async () => ({ Component: (await import("./supply/pages/SupplyMapPage")).SupplyMapPage }),
  },
  {
    path: "ruimte/percelen",
    handle: { nav: { labelKey: "spaceSupply:nav.parcels", roles: [...KEEPERS_AND_STAFF], order: 61 } },
    lazy: async () => ({ Component: (await import("./supply/pages/ParcelsPage")).ParcelsPage }),
  },
  { path: "ruimte/percelen/:id", lazy: async () => ({ Component: (await import("./supply/pages/ParcelPage")).ParcelPage }) },
  { path: "ruimte/terreinen", lazy: async () => ({ Component: (await pages()).ParksPage }) },
  { path: "ruimte/terreinen/:id", lazy: async () => ({ Component: (await import("./supply/pages/ParkPage")).ParkPage }) },
  { path: "ruimte/panden", lazy: async () => ({ Component: (await pages()).PremisesListPage }) },
  { path: "ruimte/panden/nieuw", lazy: async () => ({ Component: (await newRecords()).NewPremisesPage }) },
  { path: "ruimte/panden/:id", lazy: async () => ({ Component: (await records()).PremisesPage }) },
  { path: "ruimte/brownfields", lazy: async () => ({ Component: (await pages()).BrownfieldsPage }) },
  { path: "ruimte/brownfields/nieuw", lazy: async () => ({ Component: (await newRecords()).NewBrownfieldPage }) },
  { path: "ruimte/brownfields/:id", lazy: async () => ({ Component: (await records()).BrownfieldPage }) },
  {
    path: "ruimte/import",
    handle: { nav: { labelKey: "spaceSupply:nav.import", roles: ["administrator", "account_manager", "municipality"], order: 63 } },
    lazy: async () => ({ Component: (await import("./supply/pages/ImportPage")).ImportPage }),
  },
];

export const spacePublicRoutes: RouteObject[] = [
  { path: "ruimte", lazy: async () => ({ Component: (await publicPages()).PublicSpacePage }) },
  { path: "ruimte/percelen/:id", lazy: async () => ({ Component: (await publicPages()).PublicParcelPage }) },
];
