import { useAuth } from "../../../../app/auth";

/** Whether the signed-in user keeps the space of this municipality (mirrors the server's policies.ts). */
export function useCanKeep(nis: string | undefined): boolean {
  const { me, hasRole } = useAuth();
  if (!nis) return false;
  if (hasRole("administrator", "account_manager")) return true;
  return hasRole("municipality") && (me?.scopes ?? []).some((s) => s.kind === "municipality" && s.ref === nis);
}

/** The municipalities the signed-in user may record space in: "all" for agency keepers, else its own (maybe none). */
export function useKeptMunicipalities(): "all" | string[] {
  const { me, hasRole } = useAuth();
  if (hasRole("administrator", "account_manager")) return "all";
  if (!hasRole("municipality")) return [];
  return (me?.scopes ?? []).filter((s) => s.kind === "municipality").map((s) => s.ref);
}

/** Whether the signed-in user may record new premises or brownfields somewhere. */
export function useMayRecord(): boolean {
  const kept = useKeptMunicipalities();
  return kept === "all" || kept.length > 0;
}
