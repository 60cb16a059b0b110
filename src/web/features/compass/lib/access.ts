import { useAuth } from "../../../app/auth";
import { STAFF_ROLES, type Me } from "../../../../contracts/identity";

/** What the signed-in user may do on the compass screens. */
export interface CompassAccess {
  me: Me | null;
  /** Administrators and policy analysts keep goals, indicators and values. */
  canEdit: boolean;
  /** Staff of the agency or the province (may read the audit history). */
  isStaff: boolean;
  /** Municipality codes the user acts for (municipality users), empty for staff. */
  municipalities: string[];
  /** May enter a value for the given municipality (null = province level). */
  canEnter: (municipalityNis: string | null) => boolean;
}

export function useCompassAccess(): CompassAccess {
  const { me } = useAuth();
  return accessFor(me);
}

export function accessFor(me: Me | null): CompassAccess {
  const has = (...roles: string[]) => !!me && me.roles.some((r) => roles.includes(r));
  const canEdit = has("administrator", "policy_analyst");
  const municipalities = has("municipality") ? (me?.scopes ?? []).filter((s) => s.kind === "municipality").map((s) => s.ref) : [];
  return {
    me,
    canEdit,
    isStaff: has(...STAFF_ROLES),
    municipalities,
    canEnter: (nis) => canEdit || (nis !== null && municipalities.includes(nis)),
  };
}
