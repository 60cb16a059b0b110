import { inArray } from "drizzle-orm";
import type { Role, Scope } from "../src/contracts/identity.js";
import type { Database } from "../src/server/db/client.js";
import { users } from "../src/server/db/schema/identity.js";
import { createUser } from "./factories/identity.js";
import { DEMO_PARTNER_ORGANISATION_ID } from "./grants/demo-partner.js";

/** Every demo account signs in with this password. Demo data only: never on a production database. */
export const DEMO_PASSWORD = "Koers-demo-2026!";

/** The demo entrepreneur's organisation; the organisations seed creates the record with this id. */
export const DEMO_ORGANISATION_ID = "0b6f3d52-7a1c-4e8f-9d2b-5c4a3e2f1d60";

/** The NIS code of Genk, the demo municipality user's municipality (the geography seed loads it first). */
export const DEMO_MUNICIPALITY_NIS = "71016";

export interface DemoUser {
  email: string;
  role: Role;
  displayName: string;
  scopes: Scope[];
}

/** One demo account per role, and a partner company's entrepreneur, as the README lists them. */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: "admin@koers.demo", role: "administrator", displayName: "Demo Beheerder", scopes: [] },
  { email: "analist@koers.demo", role: "policy_analyst", displayName: "Demo Beleidsanalist", scopes: [] },
  { email: "accountmanager@koers.demo", role: "account_manager", displayName: "Demo Accountmanager", scopes: [] },
  { email: "subsidie@koers.demo", role: "grant_officer", displayName: "Demo Subsidiedossierbeheerder", scopes: [] },
  { email: "jury@koers.demo", role: "reviewer", displayName: "Demo Jurylid", scopes: [] },
  {
    email: "gemeente.genk@koers.demo",
    role: "municipality",
    displayName: "Demo Gemeente Genk",
    scopes: [{ kind: "municipality", ref: DEMO_MUNICIPALITY_NIS }],
  },
  {
    email: "ondernemer@koers.demo",
    role: "entrepreneur",
    displayName: "Demo Ondernemer",
    scopes: [{ kind: "organisation", ref: DEMO_ORGANISATION_ID }],
  },
  {
    // A partner company's entrepreneur, to confirm an invitation to a grant application (seed/grants/demo-partner.ts).
    email: "partner@koers.demo",
    role: "entrepreneur",
    displayName: "Demo Partnerbedrijf",
    scopes: [{ kind: "organisation", ref: DEMO_PARTNER_ORGANISATION_ID }],
  },
];

/** Creates the demo accounts that do not exist yet (by e-mail address); existing ones are left as they are. */
export async function seedDemoUsers(database: Database): Promise<void> {
  const existing = await database.db
    .select({ email: users.email })
    .from(users)
    .where(inArray(users.email, DEMO_USERS.map((u) => u.email)));
  const taken = new Set(existing.map((r) => r.email));
  for (const user of DEMO_USERS) {
    if (taken.has(user.email)) continue;
    await createUser(database, {
      email: user.email,
      displayName: user.displayName,
      roles: [user.role],
      scopes: user.scopes,
      password: DEMO_PASSWORD,
      hashCost: "standard",
    });
  }
}
