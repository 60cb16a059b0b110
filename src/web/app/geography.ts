/** Limburg's municipalities as reference data every screen shares (filters, pickers, names next to NIS codes). */
import { useQuery } from "@tanstack/react-query";
import type { MunicipalityView } from "../../contracts/geography";
import { api } from "./api";

export const municipalitiesKey = ["geography", "municipalities"] as const;

/** The 38 municipalities, fetched once an hour at most and shared by every screen through one cache entry. */
export function useMunicipalities() {
  return useQuery({
    queryKey: municipalitiesKey,
    queryFn: async () => (await api.get<{ items: MunicipalityView[] }>("/api/geography/municipalities")).items,
    staleTime: 60 * 60_000,
  });
}

/** NIS code → municipality name ("71016" → "Genk"); the code itself while the list loads or when unknown. */
export function useMunicipalityName(): (nis: string | null | undefined) => string {
  const { data } = useMunicipalities();
  const names = new Map((data ?? []).map((m) => [m.nis, m.nameNl]));
  return (nis) => (nis ? (names.get(nis) ?? nis) : "");
}
