import { useAuth } from "../../../../app/auth";

/** Whether the signed-in user keeps the space of this municipality (mirrors the server's policies.ts). */
export function useCanKeep(nis: string | undefined): boolean {
  const { me, hasRole } = useAuth();
  if (!nis) return false;
  if (hasRole("administrator", "account_manager")) return true;
  return hasRole("municipality") && (me?.scopes ?? []).some((s) => s.kind === "municipality" && s.ref === nis);
}
