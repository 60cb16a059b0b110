import { DEMO_ORGANISATION_ID } from "../demo-users.js";
import { MUNICIPALITIES, POSTCODES } from "../geography/index.js";
import type { OrganisationSpec } from "../factories/organisations.js";

/*
 * Fictional organisations for the demo of the support programmes: names, figures and addresses are made up
 * (no enterprise number, so that they never collide with a real company from the KBO), all marked demo.
 * Sizes are chosen so that the EU SME class comes out as stated (micro, small, medium or large).
 */

const SIZES = {
  micro: { headcount: 6, turnoverEur: 900_000, balanceSheetEur: 600_000 },
  small: { headcount: 28, turnoverEur: 4_200_000, balanceSheetEur: 2_900_000 },
  medium: { headcount: 140, turnoverEur: 32_000_000, balanceSheetEur: 21_000_000 },
  large: { headcount: 1_800, turnoverEur: 640_000_000, balanceSheetEur: 410_000_000 },
} as const;
export type DemoSize = keyof typeof SIZES;

export interface DemoOrganisation {
  key: string;
  id: string;
  name: string;
  nis: string;
  size: DemoSize;
  nace: string;
  kind?: OrganisationSpec["kind"];
}

/** A fixed id per demo organisation, so that seeding twice finds them again. */
const demoId = (n: number) => `de000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

const o = (n: number, key: string, name: string, nis: string, size: DemoSize, nace: string): DemoOrganisation => ({ key, id: demoId(n), name, nis, size, nace });

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  // The demo entrepreneur's own company (seed/demo-users.ts).
  { key: "kempense", id: DEMO_ORGANISATION_ID, name: "Kempense Precisietechniek", nis: "71016", size: "small", nace: "25620" },
  o(1, "vanhamel", "Bakkerij Vanhamel", "71072", "small", "10710"),
  o(2, "maasland_hout", "Maaslandse Houtbewerking", "73107", "small", "16230"),
  o(3, "zonhoven_transport", "Zonhovense Transportgroep", "71066", "medium", "49410"),
  o(4, "fruitveiling", "Haspengouwse Fruitcoöperatie", "71053", "medium", "46310"),
  o(5, "lommel_glas", "Lommelse Glasverwerking", "72020", "small", "23120"),
  o(6, "bree_elektro", "Breese Elektrotechniek", "72004", "small", "27120"),
  o(7, "peer_metaal", "Peerse Metaalconstructie", "72030", "small", "25110"),
  o(8, "ambiorix_druk", "Drukkerij Ambiorix", "73111", "small", "18120"),
  o(9, "beringen_log", "Beringse Logistieke Diensten", "71004", "medium", "52100"),
  o(10, "labo_auto", "Labo-automatisering Diepenbeek", "71011", "micro", "28990"),
  o(11, "heusden_kunststof", "Kunststofspuitwerk Heusden", "71070", "small", "22290"),
  o(12, "pelt_verpak", "Peltse Verpakkingen", "72043", "medium", "17210"),
  o(13, "maaseik_meubel", "Meubelmakerij Maaskant", "72021", "micro", "31090"),
  o(14, "genk_schoonmaak", "Schoonmaakgroep Genk-Noord", "71016", "medium", "81210"),
  o(15, "juweel", "Juweelatelier Demerstraat", "71072", "micro", "32120"),
  o(16, "bilzen_tuin", "Tuinbouwtechniek Bilzen-Hoeselt", "73110", "small", "28300"),
  o(27, "kinrooi_machine", "Machinebouw Kinrooi", "72018", "small", "28410"),
  o(30, "staalgroep", "Limburgse Staalgroep", "71016", "large", "24100"),
  o(31, "noord_chemie", "Noord-Limburg Chemie", "72020", "large", "20140"),
  o(32, "nordwind", "Nordwind Robotics Belgium", "71016", "large", "28990"),
  o(34, "rheinmaas", "Rhein-Maas Batterietechnik", "72020", "large", "27200"),
  o(35, "bioanalytics", "Nordlicht Bioanalytik Europe", "71011", "medium", "72110"),
  o(36, "cryovac", "Cryo-Vacuümsystemen", "73111", "small", "28250"),
  o(37, "lasertech", "Lasertechniek Kempen", "71072", "small", "27900"),
  o(39, "seismo", "Seismo Sensoren", "73042", "micro", "26510"),
  o(40, "caredata", "CareData Analytics", "71072", "small", "62010"),
  o(41, "zorgsensor", "Zorgsensor", "71016", "micro", "26600"),
  o(43, "klinisch_data", "Klinisch Dataplatform Limburg", "71011", "small", "63110"),
  o(44, "voxel", "Voxel Vision", "71072", "micro", "62010"),
  o(45, "agridrone", "AgriDrone Haspengouw", "71053", "micro", "30300"),
  o(46, "circulair_bouw", "Circulair Bouwplatform", "71016", "micro", "62010"),
];

/** The registry record of a demo organisation, for the organisations factory. */
export function organisationSpec(d: DemoOrganisation): OrganisationSpec {
  const municipality = MUNICIPALITIES.find((m) => m.nis === d.nis);
  if (!municipality) throw new Error(`Unknown NIS code in the demo organisations: ${d.nis}`);
  const postcode = POSTCODES.find((p) => p.municipalityNis === d.nis)!.postcode;
  return {
    id: d.id,
    name: d.name,
    kind: d.kind ?? "company",
    enterpriseNumber: null,
    municipalityNis: d.nis,
    postcode,
    place: municipality.nameNl,
    ...SIZES[d.size],
    figuresYear: 2024,
    nace: [{ version: "2025", code: d.nace, classification: "MAIN" }],
    demo: true,
  };
}
