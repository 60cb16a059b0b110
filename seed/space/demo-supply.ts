import type { Availability, DevelopmentStatus, ParkKind, PremisesKind } from "../../src/contracts/space.js";
import type { ParcelOrigin, ParkFeatures, RenovationStatus } from "../../src/contracts/space-supply.js";

/*
 * Demo supply of business space across Limburg: parks with their parcels laid out in a grid inside the park's
 * contour, premises and brownfields. ALL FICTIONAL and written with demo = true (shown as demo in the UI): names
 * echo the kind of parks Limburg has, but areas, prices, owners and availability are made up. Positions are
 * offsets in metres from the municipality's reference point (seed/geography), chosen to stay inside the province.
 *
 * Activation dates (the 200 ha metric) are given as months before "today", so that the figure is alive on any day:
 * a parcel activated 2026-01-01 or later counts toward space.regional_business_parks_ha.
 */

export interface DemoParcelPattern {
  availability: Availability;
  /** Months before today the parcel was activated (first offered); null: never offered. */
  activatedMonthsAgo: number | null;
  origin?: ParcelOrigin;
  transaction?: "sale" | "lease" | "sale_or_lease";
  zoning?: string;
  allowedNace?: string[] | null;
  strategic?: boolean;
  preemption?: boolean;
}

export interface DemoPark {
  code: string;
  name: string;
  nis: string;
  kind: ParkKind;
  status: DevelopmentStatus;
  eastM: number;
  northM: number;
  widthM: number;
  heightM: number;
  developer: string;
  parkManager: string | null;
  features: Partial<ParkFeatures>;
  access: { motorwayKm: number; railKm: number | null; waterKm: number | null; publicTransportKm: number; bikeRoute: boolean; gridCapacityKva: number };
  allowedNace: string[] | null;
  collaboration: string;
  /** Columns × rows of parcels filling the contour. */
  grid: [number, number];
  salePriceEurM2: number;
  parcels: DemoParcelPattern[];
  spatialPlan: string;
}

const A = (n: number | null, extra: Partial<DemoParcelPattern> = {}): DemoParcelPattern => ({ availability: "available", activatedMonthsAgo: n, ...extra });
const O = (n: number, extra: Partial<DemoParcelPattern> = {}): DemoParcelPattern => ({ availability: "under_option", activatedMonthsAgo: n, ...extra });
const S = (n: number | null, extra: Partial<DemoParcelPattern> = {}): DemoParcelPattern => ({ availability: "sold", activatedMonthsAgo: n, ...extra });
const U = (extra: Partial<DemoParcelPattern> = {}): DemoParcelPattern => ({ availability: "in_use", activatedMonthsAgo: null, ...extra });
const N = (extra: Partial<DemoParcelPattern> = {}): DemoParcelPattern => ({ availability: "not_available", activatedMonthsAgo: null, ...extra });

export const DEMO_PARKS: DemoPark[] = [
  {
    code: "DEMO-GNK-ZUID", name: "Genk Zuid – zone Noord (demo)", nis: "71016", kind: "regional", status: "realisation", eastM: 1500, northM: -3500, widthM: 1100, heightM: 700,
    developer: "POM Limburg", parkManager: "Parkmanagement Genk Zuid", features: { heatNetwork: true, sharedSolar: true, collectiveRainwater: true, parkManagement: true, sharedServices: true },
    access: { motorwayKm: 1.2, railKm: 0.5, waterKm: 0.8, publicTransportKm: 0.4, bikeRoute: true, gridCapacityKva: 5000 }, allowedNace: ["C", "H", "46"],
    collaboration: "Gedeelde bewaking, restwarmtenet en collectieve regenwateropvang; mobiliteitshub met deelfietsen.", grid: [4, 3], salePriceEurM2: 95,
    parcels: [A(9), A(7), O(7), S(10), A(5), A(4, { strategic: true, preemption: true }), A(3), O(2), A(1), N(), A(2), S(8)],
    spatialPlan: "https://www.ruimtelijkeplannen.be/",
  },
  {
    code: "DEMO-LML-KRISTAL", name: "Kristalpark IV Lommel (demo)", nis: "72020", kind: "regional", status: "development", eastM: -2500, northM: -2500, widthM: 900, heightM: 600,
    developer: "POM Limburg en stad Lommel", parkManager: null, features: { sharedSolar: true, greenRoofs: true },
    access: { motorwayKm: 6.5, railKm: 2.5, waterKm: 0.6, publicTransportKm: 1.1, bikeRoute: true, gridCapacityKva: 8000 }, allowedNace: ["C", "H"],
    collaboration: "Kanaalkade met gedeelde overslag.", grid: [3, 3], salePriceEurM2: 70,
    parcels: [A(6), A(6), A(4), O(3), A(3), A(2, { strategic: true }), N(), N(), A(1)],
    spatialPlan: "https://www.ruimtelijkeplannen.be/",
  },
  {
    code: "DEMO-THM-SCHOONHEES", name: "Schoonhees-West Tessenderlo-Ham (demo)", nis: "71071", kind: "regional", status: "management", eastM: 1800, northM: -1200, widthM: 800, heightM: 500,
    developer: "POM Limburg", parkManager: "Bedrijvenvereniging Schoonhees", features: { parkManagement: true, sharedServices: true, sharedTransport: true },
    access: { motorwayKm: 0.9, railKm: 4, waterKm: 3.5, publicTransportKm: 0.7, bikeRoute: true, gridCapacityKva: 4000 }, allowedNace: ["H", "46", "C"],
    collaboration: "Gezamenlijk pendelbusje naar het station en gedeelde parking.", grid: [3, 2], salePriceEurM2: 85,
    parcels: [S(11), A(8, { transaction: "sale_or_lease" }), A(6, { transaction: "lease" }), O(5), U(), A(2)],
    spatialPlan: "https://www.ruimtelijkeplannen.be/",
  },
  {
    code: "DEMO-MMC-OUDEBUNDERS", name: "Oude Bunders uitbreiding Maasmechelen (demo)", nis: "73107", kind: "regional", status: "realisation", eastM: -2000, northM: 1500, widthM: 700, heightM: 600,
    developer: "POM Limburg", parkManager: "Parkmanagement Oude Bunders", features: { heatNetwork: true, parkManagement: true },
    access: { motorwayKm: 1.5, railKm: null, waterKm: 4, publicTransportKm: 0.9, bikeRoute: true, gridCapacityKva: 3000 }, allowedNace: ["C", "46", "M"],
    collaboration: "Restwarmte van de buren, gedeelde vergaderruimte.", grid: [3, 2], salePriceEurM2: 90,
    parcels: [A(5), A(4), O(3), A(2), S(6), N()],
    spatialPlan: "https://www.ruimtelijkeplannen.be/",
  },
  {
    code: "DEMO-STR-SCHURHOVEN", name: "Schurhovenveld Sint-Truiden (demo)", nis: "71053", kind: "local", status: "management", eastM: 2200, northM: 1200, widthM: 600, heightM: 400,
    developer: "Stad Sint-Truiden", parkManager: null, features: { sharedSolar: true },
    access: { motorwayKm: 9, railKm: 2, waterKm: null, publicTransportKm: 0.5, bikeRoute: true, gridCapacityKva: 1500 }, allowedNace: null,
    collaboration: "", grid: [3, 2], salePriceEurM2: 65,
    parcels: [A(14), A(3, { origin: "densification" }), U(), U(), A(1, { origin: "densification" }), S(20)],
    spatialPlan: "https://www.ruimtelijkeplannen.be/",
  },
  {
    code: "DEMO-HAS-DUSART", name: "Kolonel Dusart Hasselt (demo)", nis: "71072", kind: "local", status: "management", eastM: -2500, northM: 1500, widthM: 500, heightM: 400,
    developer: "Stad Hasselt", parkManager: "Ondernemersvereniging Dusart", features: { parkManagement: true, greenRoofs: true },
    access: { motorwayKm: 3, railKm: 1.5, waterKm: 1, publicTransportKm: 0.3, bikeRoute: true, gridCapacityKva: 1200 }, allowedNace: ["C", "F", "G", "M"],
    collaboration: "Gedeelde containerpark en groenonderhoud.", grid: [2, 2], salePriceEurM2: 120,
    parcels: [U(), A(4, { origin: "densification", transaction: "lease" }), O(2, { origin: "redesignation" }), U()],
    spatialPlan: "https://www.ruimtelijkeplannen.be/",
  },
  {
    code: "DEMO-DPB-SCIENCE", name: "Wetenschapspark Diepenbeek (demo)", nis: "71011", kind: "science", status: "management", eastM: 1000, northM: -600, widthM: 500, heightM: 300,
    developer: "Universiteit Hasselt en POM Limburg", parkManager: "Wetenschapspark Limburg", features: { sharedServices: true, parkManagement: true, heatNetwork: true },
    access: { motorwayKm: 4, railKm: 2.5, waterKm: null, publicTransportKm: 0.2, bikeRoute: true, gridCapacityKva: 2500 }, allowedNace: ["M", "J", "72", "C"],
    collaboration: "Labo's, cleanroom en vergaderzalen te delen; nabijheid van de universiteit.", grid: [2, 2], salePriceEurM2: 140,
    parcels: [U(), A(12, { transaction: "lease" }), O(6, { transaction: "lease" }), U()],
    spatialPlan: "https://www.ruimtelijkeplannen.be/",
  },
  {
    code: "DEMO-BRG-LOG", name: "Logistiek park Beringen (demo)", nis: "71004", kind: "logistics", status: "planning", eastM: 2500, northM: -1800, widthM: 800, heightM: 700,
    developer: "POM Limburg", parkManager: null, features: { sharedSolar: true, collectiveRainwater: true },
    access: { motorwayKm: 0.7, railKm: 3, waterKm: 1.2, publicTransportKm: 1.5, bikeRoute: false, gridCapacityKva: 6000 }, allowedNace: ["H", "52", "46"],
    collaboration: "Gedeelde truckparking en laadpunten gepland.", grid: [2, 2], salePriceEurM2: 80,
    parcels: [N(), N(), N(), N()],
    spatialPlan: "https://www.ruimtelijkeplannen.be/",
  },
];

export interface DemoPremises {
  code: string; name: string; nis: string; parkCode: string | null; eastM: number; northM: number; kind: PremisesKind; floorAreaM2: number;
  availability: Availability; transaction: "sale" | "lease" | "sale_or_lease"; leaseEurM2Year: number | null; saleEurM2: number | null;
  vacantMonthsAgo: number | null; reuse: boolean; street: string; houseNumber: string; postcode: string;
}

export const DEMO_PREMISES: DemoPremises[] = [
  { code: "DEMO-PR-01", name: "Productiehal met kantoren (demo)", nis: "71016", parkCode: "DEMO-GNK-ZUID", eastM: 1500, northM: -3800, kind: "production_hall", floorAreaM2: 4200, availability: "available", transaction: "sale_or_lease", leaseEurM2Year: 55, saleEurM2: 650, vacantMonthsAgo: 8, reuse: true, street: "Industrieweg", houseNumber: "12", postcode: "3600" },
  { code: "DEMO-PR-02", name: "Opslagplaats aan de kanaalkade (demo)", nis: "72020", parkCode: "DEMO-LML-KRISTAL", eastM: -2500, northM: -2700, kind: "warehouse", floorAreaM2: 6500, availability: "available", transaction: "lease", leaseEurM2Year: 48, saleEurM2: null, vacantMonthsAgo: 3, reuse: false, street: "Kristallaan", houseNumber: "4", postcode: "3920" },
  { code: "DEMO-PR-03", name: "Atelier met toonzaal in het centrum (demo)", nis: "71072", parkCode: null, eastM: 200, northM: 150, kind: "retail", floorAreaM2: 260, availability: "available", transaction: "lease", leaseEurM2Year: 110, saleEurM2: null, vacantMonthsAgo: 14, reuse: true, street: "Demerstraat", houseNumber: "21", postcode: "3500" },
  { code: "DEMO-PR-04", name: "Werkplaats en kantoor (demo)", nis: "71011", parkCode: "DEMO-DPB-SCIENCE", eastM: 1000, northM: -500, kind: "workshop", floorAreaM2: 950, availability: "available", transaction: "lease", leaseEurM2Year: 75, saleEurM2: null, vacantMonthsAgo: 5, reuse: false, street: "Agoralaan", houseNumber: "8", postcode: "3590" },
  { code: "DEMO-PR-05", name: "Kantoorverdieping (demo)", nis: "71072", parkCode: "DEMO-HAS-DUSART", eastM: -2450, northM: 1550, kind: "office", floorAreaM2: 700, availability: "under_option", transaction: "lease", leaseEurM2Year: 120, saleEurM2: null, vacantMonthsAgo: 10, reuse: true, street: "Kolonel Dusartplein", houseNumber: "3", postcode: "3500" },
  { code: "DEMO-PR-06", name: "Koelhal (demo)", nis: "71053", parkCode: "DEMO-STR-SCHURHOVEN", eastM: 2200, northM: 1000, kind: "warehouse", floorAreaM2: 3200, availability: "available", transaction: "sale", leaseEurM2Year: null, saleEurM2: 520, vacantMonthsAgo: 20, reuse: true, street: "Schurhovenveld", houseNumber: "40", postcode: "3800" },
  { code: "DEMO-PR-07", name: "Gemengd bedrijfspand (demo)", nis: "73107", parkCode: "DEMO-MMC-OUDEBUNDERS", eastM: -2100, northM: 1400, kind: "mixed", floorAreaM2: 1800, availability: "sold", transaction: "sale", leaseEurM2Year: null, saleEurM2: 600, vacantMonthsAgo: null, reuse: false, street: "Oude Bunders", houseNumber: "2", postcode: "3630" },
  { code: "DEMO-PR-08", name: "Winkelpand (demo)", nis: "72004", parkCode: null, eastM: 100, northM: 100, kind: "retail", floorAreaM2: 180, availability: "available", transaction: "sale_or_lease", leaseEurM2Year: 95, saleEurM2: 2100, vacantMonthsAgo: 6, reuse: true, street: "Markt", houseNumber: "9", postcode: "3960" },
];

export interface DemoBrownfield {
  code: string; name: string; nis: string; kind: "brownfield" | "outdated_zone"; eastM: number; northM: number; widthM: number; heightM: number;
  formerUse: string; status: RenovationStatus; statusMonthsAgo: number; description: string;
}

export const DEMO_BROWNFIELDS: DemoBrownfield[] = [
  { code: "DEMO-BF-01", name: "Voormalige steenbakkerij (demo)", nis: "73042", kind: "brownfield", eastM: -1500, northM: 1000, widthM: 300, heightM: 250, formerUse: "Steenbakkerij", status: "redeveloped", statusMonthsAgo: 4, description: "Gesaneerd en heringericht als kmo-zone." },
  { code: "DEMO-BF-02", name: "Oude zinkfabriek (demo)", nis: "72043", kind: "brownfield", eastM: 1500, northM: -1500, widthM: 400, heightM: 300, formerUse: "Non-ferro", status: "in_progress", statusMonthsAgo: 7, description: "Bodemsanering loopt." },
  { code: "DEMO-BF-03", name: "Verouderde zone Stationsstraat (demo)", nis: "71004", kind: "outdated_zone", eastM: -800, northM: 600, widthM: 350, heightM: 200, formerUse: "Gemengde bedrijvigheid", status: "redeveloped", statusMonthsAgo: 2, description: "Heringericht met gedeelde parking en groenbuffer." },
  { code: "DEMO-BF-04", name: "Mijnterrein-rand (demo)", nis: "72039", kind: "brownfield", eastM: 800, northM: 900, widthM: 450, heightM: 300, formerUse: "Mijnbouw", status: "planned", statusMonthsAgo: 3, description: "Herontwikkeling als bedrijvenzone voorzien." },
  { code: "DEMO-BF-05", name: "Verouderde zone aan de ring (demo)", nis: "73111", kind: "outdated_zone", eastM: 900, northM: -700, widthM: 300, heightM: 300, formerUse: "Handel en opslag", status: "identified", statusMonthsAgo: 1, description: "Opgenomen in de inventaris." },
];
