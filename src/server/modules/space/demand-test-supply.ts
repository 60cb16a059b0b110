import { sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { makeCtx, systemActor, withTransaction } from "../../platform/context.js";
import { emitSupplyChange } from "./supply-events.js";

/*
 * Test helpers for the demand side: a park and parcels written straight into the supply tables, announced as a
 * supply change like the supply verbs do, so that the demand side's listener runs in the same transaction.
 */

const square = (lon: number, lat: number, d = 0.001) => ({
  type: "Polygon",
  coordinates: [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]],
});

let seq = 0;
const code = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++seq}`;

export async function testPark(database: Database, spec: { municipalityNis: string; allowedNace?: string[] | null; name?: string }): Promise<string> {
  const result = (await database.db.execute(sql`insert into space_parks (code, name, kind, development_status, municipality_nis, geometry, area_m2, allowed_nace, motorway_km, heat_network)
    values (${code("park")}, ${spec.name ?? "Testpark"}, 'regional', 'realisation', ${spec.municipalityNis}, ${JSON.stringify(square(5.5, 50.96, 0.01))}::jsonb, 700000,
      ${spec.allowedNace === undefined ? null : spec.allowedNace === null ? null : `{${spec.allowedNace.join(",")}}`}::text[], 2, true) returning id`)) as unknown as { rows: { id: string }[] };
  return result.rows[0].id;
}

export interface TestParcel {
  parkId?: string | null;
  municipalityNis: string;
  areaM2: number;
  zoning?: string | null;
  allowedNace?: string[] | null;
  availability?: string;
  transaction?: string;
  salePricePerM2Cents?: number | null;
  confNotes?: string;
}

/** Writes a parcel and announces it as a supply change (the listener refreshes the demands). */
export async function testParcel(database: Database, spec: TestParcel): Promise<string> {
  const ctx = makeCtx({ actor: systemActor("test"), db: database.db });
  return withTransaction(ctx, async (tx) => {
    const result = (await tx.db.execute(sql`insert into space_parcels (park_id, code, municipality_nis, geometry, area_m2, zoning, allowed_nace, availability, transaction, sale_price_per_m2_cents, conf_notes)
      values (${spec.parkId ?? null}::uuid, ${code("parcel")}, ${spec.municipalityNis}, ${JSON.stringify(square(5.5, 50.96))}::jsonb, ${spec.areaM2}, ${spec.zoning ?? null},
        ${spec.allowedNace ? `{${spec.allowedNace.join(",")}}` : null}::text[], ${spec.availability ?? "available"}, ${spec.transaction ?? "sale"},
        ${spec.salePricePerM2Cents ?? null}, ${spec.confNotes ?? ""}) returning id`)) as unknown as { rows: { id: string }[] };
    const id = result.rows[0].id;
    await emitSupplyChange(tx, { parcelIds: [id], premisesIds: [], reason: "test.parcel" });
    return id;
  });
}

/** Changes a parcel's availability (and owner) and announces it. */
export async function setTestParcel(database: Database, id: string, availability: string, ownerOrganisationId: string | null = null): Promise<void> {
  const ctx = makeCtx({ actor: systemActor("test"), db: database.db });
  await withTransaction(ctx, async (tx) => {
    await tx.db.execute(sql`update space_parcels set availability = ${availability}, owner_organisation_id = ${ownerOrganisationId}::uuid where id = ${id}::uuid`);
    await emitSupplyChange(tx, { parcelIds: [id], premisesIds: [], reason: "test.parcel" });
  });
}
