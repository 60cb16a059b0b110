import { z } from "zod";

export const Role = z.enum([
  "administrator",
  "policy_analyst",
  "account_manager",
  "grant_officer",
  "reviewer",
  "municipality",
  "entrepreneur",
]);
export type Role = z.infer<typeof Role>;

/** Roles of the agency's own staff (POM / province). */
export const STAFF_ROLES: readonly Role[] = ["administrator", "policy_analyst", "account_manager", "grant_officer"];

export const Locale = z.enum(["nl-BE", "en"]);
export type Locale = z.infer<typeof Locale>;

export const ScopeKind = z.enum(["organisation", "municipality"]);
export const Scope = z.strictObject({ kind: ScopeKind, ref: z.string().min(1).max(64) });
export type Scope = z.infer<typeof Scope>;

export const Email = z.string().trim().toLowerCase().email().max(254);
export const Password = z.string().min(12).max(200);

export const LoginInput = z.strictObject({ email: Email, password: z.string().min(1).max(200) });
export type LoginInput = z.infer<typeof LoginInput>;

export const Me = z.object({
  id: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  locale: Locale,
  roles: z.array(Role),
  scopes: z.array(Scope),
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof Me>;

export const UserView = z.object({
  id: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  locale: Locale,
  roles: z.array(Role),
  scopes: z.array(Scope),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof UserView>;

export const CreateUserInput = z.strictObject({
  email: Email,
  displayName: z.string().trim().min(1).max(200),
  locale: Locale.default("nl-BE"),
  roles: z.array(Role).min(1).max(7),
  scopes: z.array(Scope).max(100).default([]),
  password: Password,
});
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const UpdateUserInput = z.strictObject({
  version: z.number().int().min(1),
  displayName: z.string().trim().min(1).max(200).optional(),
  locale: Locale.optional(),
  roles: z.array(Role).min(1).max(7).optional(),
  scopes: z.array(Scope).max(100).optional(),
  active: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof UpdateUserInput>;

export const ResetPasswordInput = z.strictObject({ password: Password });
export const ChangePasswordInput = z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: Password });
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

/** Name of the session cookie. */
export const SESSION_COOKIE = "koers_session";
/** Header that must carry the session's CSRF token on every mutating request. */
export const CSRF_HEADER = "x-csrf-token";

export const UserSort = z.enum(["displayName", "-displayName", "email", "-email", "createdAt", "-createdAt"]);
export type UserSort = z.infer<typeof UserSort>;

/** GET /api/admin/users query: q searches name and e-mail. */
export const UserListQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  role: Role.optional(),
  active: z.enum(["true", "false"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  sort: UserSort.default("displayName"),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

export const UserPage = z.object({ total: z.number().int(), items: z.array(UserView) });
export type UserPage = z.infer<typeof UserPage>;

export const UserIdParams = z.strictObject({ id: z.string().uuid() });
