import { eq } from "drizzle-orm";
import type { Database } from "../../src/server/db/client.js";
import { spaceParks } from "../../src/server/db/schema/space.js";
import { makeCtx, systemActor, withTransaction } from "../../src/server/platform/context.js";
import { addDocument, createBrownfield, createParcel, createPark, createPremises } from "../../src/server/modules/space/index.js";
import { pointIn, rectangleAt } from "../factories/space.js";
import { DEMO_BROWNFIELDS, DEMO_PARKS, DEMO_PREMISES } from "./demo-supply.js";

const brussels = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric", month: "2-digit", day: "2-digit" });

/** The date `months` months before today (yyyy-mm-dd). */
export function monthsAgo(today: string, months: number): string {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

export interface DemoSpaceReport { parks: number; parcels: number; premises: number; brownfields: number }

/**
 * Writes the demo supply (seed/space/demo-supply.ts) through the space verbs, all marked demo, in one transaction.
 * Skipped when a demo park exists already. Parcels fill their park's contour in a grid with 20 m between them.
 */
export async function seedDemoSpace(database: Database, opts: { now: () => Date; log: (msg: string) => void }): Promise<DemoSpaceReport> {
  const ctx = makeCtx({ actor: systemActor("seed"), db: database.db });
  const report: DemoSpaceReport = { parks: 0, parcels: 0, premises: 0, brownfields: 0 };
  const [existing] = await ctx.db.select({ id: spaceParks.id }).from(spaceParks).where(eq(spaceParks.demo, true)).limit(1);
  if (existing) return report;
  const today = brussels.format(opts.now());
  const deps = { now: opts.now };
  await withTransaction(ctx, async (tx) => {
    const parkIds = new Map<string, string>();
    for (const p of DEMO_PARKS) {
      const c = pointIn(p.nis, p.eastM, p.northM);
      const park = await createPark({
        ctx: tx, demo: true,
        input: {
          code: p.code, name: p.name, kind: p.kind, developmentStatus: p.status, developer: p.developer, parkManager: p.parkManager, municipalityNis: p.nis,
          geometry: rectangleAt(c.lon, c.lat, p.widthM, p.heightM), features: p.features, access: p.access, allowedNace: p.allowedNace,
          collaboration: p.collaboration, regulation: "Ruimtelijk uitvoeringsplan (demo); zie de documenten.",
          description: "Demogegevens: fictief terrein voor de demonstratie van Koers.", confNotes: "Demo: interne nota van de ontwikkelaar.",
        },
      });
      parkIds.set(p.code, park.id);
      report.parks++;
      await addDocument({ ctx: tx, demo: true, input: { parkId: park.id, kind: "spatial_plan", title: `Ruimtelijk uitvoeringsplan ${p.name}`, url: p.spatialPlan } });
      const [cols, rows] = p.grid;
      const gap = 20;
      const cellW = (p.widthM - gap * (cols + 1)) / cols;
      const cellH = (p.heightM - gap * (rows + 1)) / rows;
      for (let i = 0; i < p.parcels.length; i++) {
        const pattern = p.parcels[i];
        const col = i % cols;
        const row = Math.floor(i / cols);
        const east = p.eastM - p.widthM / 2 + gap + cellW / 2 + col * (cellW + gap);
        const north = p.northM - p.heightM / 2 + gap + cellH / 2 + row * (cellH + gap);
        const cc = pointIn(p.nis, east, north);
        const activatedOn = pattern.activatedMonthsAgo === null ? null : monthsAgo(today, pattern.activatedMonthsAgo);
        const since = pattern.availability === "sold" ? monthsAgo(today, Math.max(0, (pattern.activatedMonthsAgo ?? 6) - 2)) : activatedOn;
        const transaction = pattern.transaction ?? "sale";
        await createParcel({
          ctx: tx, demo: true, deps,
          input: {
            parkId: park.id, code: `${p.code}-${String(i + 1).padStart(2, "0")}`, cadastralRef: `Afdeling ${1 + (i % 3)}, sectie ${"ABCD"[i % 4]}, nr. ${100 + i * 7}`,
            geometry: rectangleAt(cc.lon, cc.lat, cellW, cellH), zoning: p.kind === "regional" ? "Regionaal bedrijventerrein" : p.kind === "science" ? "Wetenschapspark" : p.kind === "logistics" ? "Logistiek bedrijventerrein" : "Lokaal bedrijventerrein",
            allowedNace: pattern.allowedNace ?? null, availability: pattern.availability, availabilitySince: since, activatedOn, origin: pattern.origin ?? "new", transaction,
            salePricePerM2Cents: transaction === "lease" ? null : p.salePriceEurM2 * 100, leasePricePerM2YearCents: transaction === "sale" ? null : Math.round(p.salePriceEurM2 * 8),
            preemptionRight: pattern.preemption ?? false, strategic: pattern.strategic ?? false,
            restrictions: i % 4 === 1 ? "Geen zware milieuvergunningsklasse 1 (demo)." : null,
            confNotes: pattern.strategic ? "Demo: strategisch perceel, voorkooprecht van de POM." : "",
          },
        });
        report.parcels++;
      }
    }
    for (const pr of DEMO_PREMISES) {
      const c = pointIn(pr.nis, pr.eastM, pr.northM);
      await createPremises({
        ctx: tx, demo: true, deps,
        input: {
          code: pr.code, name: pr.name, parkId: pr.parkCode ? parkIds.get(pr.parkCode)! : null, municipalityNis: pr.parkCode ? null : pr.nis,
          street: pr.street, houseNumber: pr.houseNumber, postcode: pr.postcode, kind: pr.kind, floorAreaM2: pr.floorAreaM2,
          geometry: { type: "Point", coordinates: [c.lon, c.lat] }, availability: pr.availability, transaction: pr.transaction,
          leasePricePerM2YearCents: pr.leaseEurM2Year === null ? null : pr.leaseEurM2Year * 100, salePricePerM2Cents: pr.saleEurM2 === null ? null : pr.saleEurM2 * 100,
          vacantSince: pr.vacantMonthsAgo === null ? null : monthsAgo(today, pr.vacantMonthsAgo), reuse: pr.reuse,
        },
      });
      report.premises++;
    }
    for (const b of DEMO_BROWNFIELDS) {
      const c = pointIn(b.nis, b.eastM, b.northM);
      const since = monthsAgo(today, b.statusMonthsAgo);
      await createBrownfield({
        ctx: tx, demo: true, deps,
        input: {
          code: b.code, name: b.name, kind: b.kind, municipalityNis: b.nis, geometry: rectangleAt(c.lon, c.lat, b.widthM, b.heightM), formerUse: b.formerUse,
          renovationStatus: b.status, renovationStatusSince: since, redevelopedOn: b.status === "redeveloped" ? since : null, description: b.description,
        },
      });
      report.brownfields++;
    }
  });
  opts.log(`Seed: demo space: ${report.parks} parks, ${report.parcels} parcels, ${report.premises} premises, ${report.brownfields} brownfields.`);
  return report;
}
