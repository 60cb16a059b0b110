import { sql } from "drizzle-orm";
import type { DemandInput, RetailSector } from "../../src/contracts/space-demand.js";
import type { Database } from "../../src/server/db/client.js";
import { makeCtx, systemActor, withTransaction } from "../../src/server/platform/context.js";
import { addMerchant, addRetailPremises, changeRetailStatus, createCampaign, createRetailCore, introduce, moveIntroduction, postDemand } from "../../src/server/modules/space/index.js";
import { DEMO_ORGANISATIONS } from "../support/demo-organisations.js";

/*
 * Demo data of the demand side and the retail cores, all fictional and marked demo:
 * - space demands of demo companies (posted through postDemand, matched against whatever supply is seeded
 *   before; they follow later supply changes like any demand);
 * - core shopping areas in five centres, each with premises whose status history over two years gives a
 *   vacancy trend, and campaigns ("Maand van de Markt", "Ik koop lokaal") with participating merchants.
 * Runs after the supply seed. Written only when there is no demo retail core and no demo demand yet.
 */

const org = (key: string) => {
  const found = DEMO_ORGANISATIONS.find((o) => o.key === key);
  if (!found) throw new Error(`Unknown demo organisation ${key}`);
  return found.id;
};

const noWishes = { heatNetwork: false, sharedSolar: false, waterManagement: false, sharedServices: false, parkManagement: false };

export function demoDemands(today: string): DemandInput[] {
  const year = Number(today.slice(0, 4));
  return [
    { organisationId: org("kempense"), title: "Nieuwe productiehal met grond voor de freeslijn", kind: "land", transaction: "buy", areaMinM2: 35_000, areaMaxM2: 55_000, municipalities: ["71016", "72039", "71067"], maxDistanceKm: { motorway: 5 }, activity: "25.62", budget: { maxPricePerM2Cents: 11_000, maxTotalCents: null }, gridCapacityKva: 800, neededFrom: `${year + 1}-06-01`, wishes: { ...noWishes, heatNetwork: true, sharedSolar: true }, wishesText: "Graag restwarmte delen met buren." },
    { organisationId: org("zonhoven_transport"), title: "Cross-dock bij de E314", kind: "land", transaction: "lease", areaMinM2: 20_000, areaMaxM2: 40_000, municipalities: [], maxDistanceKm: { motorway: 3 }, activity: "49.41", budget: { maxPricePerM2Cents: 900, maxTotalCents: null }, wishes: { ...noWishes, sharedServices: true } },
    { organisationId: org("lommel_glas"), title: "Uitbreiding glasverwerking aan het kanaal", kind: "land", transaction: "buy", areaMinM2: 15_000, areaMaxM2: 30_000, municipalities: ["72020", "72043"], maxDistanceKm: { water: 2 }, activity: "23.12", budget: { maxPricePerM2Cents: null, maxTotalCents: 300_000_000 }, gridCapacityKva: 2_000, wishes: { ...noWishes, waterManagement: true } },
    { organisationId: org("juweel"), title: "Atelier met winkelruimte", kind: "building", transaction: "lease", areaMinM2: 150, areaMaxM2: 400, municipalities: ["71072"], maxDistanceKm: {}, activity: "32.12", budget: { maxPricePerM2Cents: 12_000, maxTotalCents: null }, wishes: noWishes },
    { organisationId: org("labo_auto"), title: "Werkplaats en kantoor voor de labo-automatisering", kind: "building", transaction: "lease", areaMinM2: 600, areaMaxM2: 1_500, municipalities: ["71011", "71072", "71016"], maxDistanceKm: {}, activity: "28.99", budget: { maxPricePerM2Cents: 8_000, maxTotalCents: null }, wishes: { ...noWishes, parkManagement: true } },
    { organisationId: org("fruitveiling"), title: "Koelopslag voor fruit", kind: "land", transaction: "buy", areaMinM2: 10_000, areaMaxM2: 25_000, municipalities: ["71053", "71017", "73022"], maxDistanceKm: { motorway: 8 }, activity: "46.31", budget: { maxPricePerM2Cents: 7_000, maxTotalCents: null }, wishes: { ...noWishes, sharedSolar: true } },
  ];
}

interface CoreSpec {
  nis: string;
  name: string;
  streets: string[];
  premises: number;
  /** Share vacant two years ago and today, so that the trend moves. */
  vacantThen: number;
  vacantNow: number;
}

const CORES: CoreSpec[] = [
  { nis: "71072", name: "Hasselt Kernwinkelgebied", streets: ["Hoogstraat", "Demerstraat", "Maastrichterstraat", "Koning Albertstraat"], premises: 36, vacantThen: 0.08, vacantNow: 0.11 },
  { nis: "71016", name: "Genk Centrum", streets: ["Stadsplein", "Rootenstraat", "Europalaan"], premises: 28, vacantThen: 0.14, vacantNow: 0.18 },
  { nis: "71053", name: "Sint-Truiden Grote Markt", streets: ["Grote Markt", "Stapelstraat", "Luikerstraat"], premises: 24, vacantThen: 0.12, vacantNow: 0.09 },
  { nis: "73111", name: "Tongeren Centrum", streets: ["Maastrichterstraat", "Hemelingenstraat", "Grote Markt"], premises: 20, vacantThen: 0.1, vacantNow: 0.15 },
  { nis: "72020", name: "Lommel Centrum", streets: ["Stationsstraat", "Kerkplein", "Hertog Janplein"], premises: 18, vacantThen: 0.06, vacantNow: 0.11 },
];

const SECTORS: RetailSector[] = ["fashion", "fashion", "horeca", "horeca", "services", "food", "electronics", "leisure", "other"];
const SHOPS: Record<RetailSector, string[]> = {
  fashion: ["Boetiek Lente", "Modehuis Verbeeck", "Schoenen Jacobs"],
  horeca: ["Café De Markt", "Brasserie Kolenspoor", "Frituur 't Hoekske"],
  services: ["Kapsalon Lisa", "Reisbureau Horizon", "Optiek Claes"],
  food: ["Bakkerij Vanhamel", "Slagerij Peeters", "Kaashandel Maes"],
  electronics: ["Elektro Janssens", "GSM-punt"],
  leisure: ["Boekhandel Het Woord", "Speelgoed Tuimel"],
  other: ["Bloemen Roos", "Drogisterij Kruid"],
};

/** A small deterministic generator, so that the demo is the same on every seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function seedDemoSpaceDemand(database: Database, opts: { now: () => Date; log: (msg: string) => void }): Promise<{ demands: number; cores: number }> {
  const ctx = makeCtx({ actor: systemActor("seed"), db: database.db });
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric", month: "2-digit", day: "2-digit" }).format(opts.now());
  const deps = { now: opts.now };
  const exists = async (table: string) => ((await database.db.execute(sql.raw(`select 1 from ${table} where demo limit 1`))) as unknown as { rows: unknown[] }).rows.length > 0;
  let demands = 0;
  let cores = 0;
  if (!(await exists("space_demands"))) {
    const known = new Set(((await database.db.execute(sql`select id from organisations`)) as unknown as { rows: { id: string }[] }).rows.map((r) => r.id));
    for (const input of demoDemands(today)) {
      if (!known.has(input.organisationId)) continue;
      const posted = await postDemand({ ctx, input, demo: true });
      demands++;
      // The first demand's best suggestion is introduced and visited, so that the tracking shows.
      const best = posted.suggestions[0];
      if (demands === 1 && best) {
        const intro = await introduce({ ctx, input: { demandId: posted.demand.id, ...(best.item.kind === "parcel" ? { parcelId: best.item.id } : { premisesId: best.item.id }), notes: "Demo: rondleiding met de parkbeheerder." }, deps });
        await moveIntroduction({ ctx, input: { id: intro.id, version: intro.version, stage: "visit", date: today } });
      }
    }
  }
  if (!(await exists("retail_cores"))) {
    const start = addDays(today, -730);
    for (const [ci, spec] of CORES.entries()) {
      const random = rng(1000 + ci);
      await withTransaction(ctx, async (tx) => {
        const core = await createRetailCore({ ctx: tx, input: { municipalityNis: spec.nis, name: spec.name, description: "Fictieve demo-gegevens." }, demo: true });
        const merchants: { name: string; premisesId: string }[] = [];
        // Exactly the share vacant two years ago and today, spread over the premises (a different set each time).
        const vacantThen = Math.round(spec.premises * spec.vacantThen);
        const vacantNow = Math.round(spec.premises * spec.vacantNow);
        for (let i = 0; i < spec.premises; i++) {
          const sector = SECTORS[Math.floor(random() * SECTORS.length)];
          const vacantAtStart = (i * 7) % spec.premises < vacantThen;
          const address = `${spec.streets[i % spec.streets.length]} ${2 * Math.floor(i / spec.streets.length) + 1 + (i % 2)}`;
          const shop = SHOPS[sector][Math.floor(random() * SHOPS[sector].length)];
          let p = await addRetailPremises({ ctx: tx, input: { coreId: core.id, address, status: vacantAtStart ? "vacant" : "occupied", sector, since: start, floorAreaM2: 60 + Math.round(random() * 240), occupantName: vacantAtStart ? "" : shop }, deps, demo: true });
          // Turnover over the two years: premises empty at the start may be let again; others may fall vacant.
          const endsVacant = (i * 11 + 3) % spec.premises < vacantNow;
          if (vacantAtStart !== endsVacant || random() < 0.15) {
            const day = Math.floor(60 + random() * 600);
            const status = endsVacant ? "vacant" : "occupied";
            if (status !== p.status) p = await changeRetailStatus({ ctx: tx, input: { id: p.id, version: p.version, status, date: addDays(start, day), occupantName: shop }, deps });
          }
          if (p.status === "occupied" && merchants.length < 6 && random() < 0.4) merchants.push({ name: p.occupantName || shop, premisesId: p.id });
        }
        const year = Number(today.slice(0, 4));
        const market = await createCampaign({ ctx: tx, input: { name: `Maand van de Markt ${year}`, kind: "month_of_the_market", municipalityNis: spec.nis, startsOn: `${year}-06-01`, endsOn: `${year}-06-30`, description: "Fictieve demo-campagne." }, demo: true });
        const local = await createCampaign({ ctx: tx, input: { name: `Ik koop lokaal ${year - 1}`, kind: "buy_local", municipalityNis: spec.nis, startsOn: `${year - 1}-12-01`, endsOn: `${year - 1}-12-31`, description: "Fictieve demo-campagne." }, demo: true });
        const seen = new Set<string>();
        for (const [i, m] of merchants.entries()) {
          if (seen.has(m.name.toLowerCase())) continue;
          seen.add(m.name.toLowerCase());
          await addMerchant({ ctx: tx, input: { campaignId: i % 2 === 0 ? market.id : local.id, merchantName: m.name, premisesId: m.premisesId } });
        }
      });
      cores++;
    }
  }
  opts.log(`Seed: demo space demands: ${demands} posted; demo retail cores: ${cores} with premises, history and campaigns.`);
  return { demands, cores };
}
