import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Role, Scope } from "../../src/contracts/identity.js";
import type { Database, Db } from "../../src/server/db/client.js";
import { arrondissements, municipalities } from "../../src/server/db/schema/geography.js";
import { userRoles, userScopes, users } from "../../src/server/db/schema/identity.js";
import type { Actor } from "../../src/server/platform/context.js";
import { actorOf, hashPassword, type HashCost } from "../../src/server/modules/identity/index.js";

export interface UserFixture {
  id: string;
  email: string;
  displayName: string;
  locale: "nl-BE" | "en";
  active: boolean;
  mustChangePassword: boolean;
  version: number;
  createdAt: Date;
  roles: Role[];
  scopes: Scope[];
  /** The plain password, so that tests can sign in. */
  password: string;
}

export interface UserSpec {
  roles: Role[];
  scopes?: Scope[];
  email?: string;
  password?: string;
  active?: boolean;
  displayName?: string;
  locale?: "nl-BE" | "en";
  mustChangePassword?: boolean;
  /** "fast" (default) keeps test suites quick; the demo seed uses "standard". */
  hashCost?: HashCost;
}

function dbOf(target: Db | Database): Db {
  return "kind" in target && "db" in target ? (target as Database).db : (target as Db);
}

const uniqueSuffix = () => randomBytes(4).toString("hex");

/** Writes a user with roles and scopes straight into the tables (no audit row: fixtures are not acts). */
export async function createUser(target: Db | Database, spec: UserSpec): Promise<UserFixture> {
  const db = dbOf(target);
  const suffix = uniqueSuffix();
  const email = (spec.email ?? `${spec.roles[0]}.${suffix}@test.koers`).toLowerCase();
  const password = spec.password ?? `Pw-${suffix}-${uniqueSuffix()}`;
  const [row] = await db
    .insert(users)
    .values({
      email,
      displayName: spec.displayName ?? `Test ${spec.roles.join(" ")} ${suffix}`,
      passwordHash: await hashPassword(password, spec.hashCost ?? "fast"),
      locale: spec.locale ?? "nl-BE",
      active: spec.active ?? true,
      mustChangePassword: spec.mustChangePassword ?? false,
    })
    .returning();
  const roles = [...new Set(spec.roles)];
  const scopes = spec.scopes ?? [];
  if (roles.length) await db.insert(userRoles).values(roles.map((role) => ({ userId: row.id, role })));
  if (scopes.length) await db.insert(userScopes).values(scopes.map((s) => ({ userId: row.id, kind: s.kind, ref: s.ref })));
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    locale: row.locale as "nl-BE" | "en",
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    version: row.version,
    createdAt: row.createdAt,
    roles,
    scopes,
    password,
  };
}

/** The actor a verb sees for this user. */
export function actorFor(user: Pick<UserFixture, "id" | "email" | "displayName" | "roles" | "scopes">): Actor {
  return actorOf(user);
}

/** Makes sure a municipality row (and its arrondissement) exists, for scope checks in tests. */
export async function ensureMunicipality(target: Db | Database, nis: string, nameNl = `Gemeente ${nis}`): Promise<void> {
  const db = dbOf(target);
  const arrondissementNis = `${nis.slice(0, 2)}000`;
  await db.insert(arrondissements).values({ nis: arrondissementNis, nameNl: `Arrondissement ${arrondissementNis}`, nameFr: `Arrondissement ${arrondissementNis}` }).onConflictDoNothing();
  await db.insert(municipalities).values({ nis, nameNl, nameFr: nameNl, arrondissementNis, lat: 50.93, lon: 5.34 }).onConflictDoNothing();
}

export interface SignedIn {
  /** Value for the cookie header: "koers_session=…". */
  cookie: string;
  csrfToken: string;
}

/** Signs in through the API; the answer goes into inject() headers: { cookie, "x-csrf-token": csrfToken }. */
export async function loginAs(app: FastifyInstance, email: string, password: string, remoteAddress = "127.0.0.1"): Promise<SignedIn> {
  const res = await app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password }, remoteAddress });
  if (res.statusCode !== 200) throw new Error(`Sign-in of ${email} failed with ${res.statusCode}: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === "koers_session");
  if (!cookie) throw new Error("Sign-in set no session cookie");
  return { cookie: `koers_session=${cookie.value}`, csrfToken: (res.json() as { csrfToken: string }).csrfToken };
}

/** Headers for an inject() call as this signed-in user. */
export function as(session: SignedIn): Record<string, string> {
  return { cookie: session.cookie, "x-csrf-token": session.csrfToken };
}
