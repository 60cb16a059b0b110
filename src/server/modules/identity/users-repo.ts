import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Locale, Role, Scope, UserSort } from "../../../contracts/identity.js";
import type { Db } from "../../db/client.js";
import { municipalities } from "../../db/schema/geography.js";
import { userRoles, userScopes, users } from "../../db/schema/identity.js";

/** A user with roles and scopes, as the module reads it (the password hash stays out unless asked). */
export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  active: boolean;
  mustChangePassword: boolean;
  version: number;
  createdAt: Date;
  roles: Role[];
  scopes: Scope[];
}

/** Roles and scopes aggregated in the same query as the user row. */
export const rolesOfUser = sql<Role[]>`coalesce((select json_agg(ur.role order by ur.role) from ${userRoles} ur where ur.user_id = ${users.id}), '[]'::json)`;
export const scopesOfUser = sql<Scope[]>`coalesce((select json_agg(json_build_object('kind', us.kind, 'ref', us.ref) order by us.kind, us.ref) from ${userScopes} us where us.user_id = ${users.id}), '[]'::json)`;

export const userFields = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  locale: sql<Locale>`${users.locale}`,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  version: users.version,
  createdAt: users.createdAt,
  roles: rolesOfUser,
  scopes: scopesOfUser,
};

/** Some drivers hand json back as text; this makes both shapes one. */
export function fromJson<T>(value: T | string): T {
  return typeof value === "string" ? (JSON.parse(value) as T) : value;
}

export function normaliseUser<T extends { roles: Role[] | string; scopes: Scope[] | string }>(row: T): T & { roles: Role[]; scopes: Scope[] } {
  return { ...row, roles: fromJson(row.roles), scopes: fromJson(row.scopes) };
}

export async function findUserById(db: Db, id: string): Promise<UserRecord | undefined> {
  const [row] = await db.select(userFields).from(users).where(eq(users.id, id));
  return row ? normaliseUser(row) : undefined;
}

/** For sign-in and password checks only. */
export async function findUserWithHashByEmail(db: Db, email: string): Promise<(UserRecord & { passwordHash: string }) | undefined> {
  const [row] = await db.select({ ...userFields, passwordHash: users.passwordHash }).from(users).where(eq(users.email, email));
  return row ? normaliseUser(row) : undefined;
}

export async function findPasswordHash(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, id));
  return row?.passwordHash;
}

export async function emailTaken(db: Db, email: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return Boolean(row);
}

/** Replaces a user's roles and scopes. */
export async function writeAccess(db: Db, userId: string, roles: Role[], scopes: Scope[]): Promise<void> {
  await db.delete(userRoles).where(eq(userRoles.userId, userId));
  await db.delete(userScopes).where(eq(userScopes.userId, userId));
  if (roles.length) await db.insert(userRoles).values(roles.map((role) => ({ userId, role })));
  if (scopes.length) await db.insert(userScopes).values(scopes.map((s) => ({ userId, kind: s.kind, ref: s.ref })));
}

/** NIS codes among the given ones that exist in the municipalities table. */
export async function existingMunicipalities(db: Db, nisCodes: string[]): Promise<Set<string>> {
  if (!nisCodes.length) return new Set();
  const rows = await db.select({ nis: municipalities.nis }).from(municipalities).where(inArray(municipalities.nis, nisCodes));
  return new Set(rows.map((r) => r.nis));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const SORTS: Record<UserSort, SQL[]> = {
  displayName: [asc(users.displayName), asc(users.email)],
  "-displayName": [desc(users.displayName), asc(users.email)],
  email: [asc(users.email)],
  "-email": [desc(users.email)],
  createdAt: [asc(users.createdAt), asc(users.email)],
  "-createdAt": [desc(users.createdAt), asc(users.email)],
};

export async function searchUsers(
  db: Db,
  filter: { q?: string; role?: Role; active?: boolean; limit: number; offset: number; sort: UserSort },
): Promise<{ total: number; items: UserRecord[] }> {
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    conditions.push(sql`(${users.displayName} ilike ${pattern} or ${users.email} ilike ${pattern})`);
  }
  if (filter.role) {
    conditions.push(sql`exists (select 1 from ${userRoles} ur where ur.user_id = ${users.id} and ur.role = ${filter.role})`);
  }
  if (filter.active !== undefined) conditions.push(eq(users.active, filter.active));
  const where = conditions.length ? and(...conditions) : undefined;
  const [{ total }] = await db.select({ total: count() }).from(users).where(where);
  const rows = await db
    .select(userFields)
    .from(users)
    .where(where)
    .orderBy(...SORTS[filter.sort])
    .limit(filter.limit)
    .offset(filter.offset);
  return { total: Number(total), items: rows.map(normaliseUser) };
}
