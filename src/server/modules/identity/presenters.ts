import type { Me, UserView } from "../../../contracts/identity.js";
import type { UserRecord } from "./users-repo.js";

export function toUserView(user: UserRecord): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    roles: user.roles,
    scopes: user.scopes,
    active: user.active,
    mustChangePassword: user.mustChangePassword,
    version: user.version,
    createdAt: user.createdAt.toISOString(),
  };
}

export function toMe(user: UserRecord, csrfToken: string): Me {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    roles: user.roles,
    scopes: user.scopes,
    mustChangePassword: user.mustChangePassword,
    csrfToken,
  };
}

/** What an audit row keeps of a user: never the password hash. */
export function auditSnapshot(user: UserRecord): Omit<UserView, "createdAt"> {
  const { createdAt: _createdAt, ...rest } = toUserView(user);
  return rest;
}
