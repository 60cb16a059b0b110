/** Queries of the organisation registry screens (GET /api/organisations…, KBO import runs). */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { MunicipalityView } from "../../../contracts/geography";
import type { KboImportRun, OrganisationList, OrganisationProfile, SearchOrganisationsInput } from "../../../contracts/organisations";
import { api, qs } from "../../app/api";

export type OrganisationSearch = Partial<Pick<SearchOrganisationsInput, "q" | "nace" | "municipality" | "kind" | "size" | "sort">> & { limit?: number; offset?: number };

export const organisationKeys = {
  all: ["organisations"] as const,
  list: (p: OrganisationSearch) => ["organisations", "list", p] as const,
  one: (id: string) => ["organisations", "one", id] as const,
  imports: ["organisations", "imports"] as const,
};

export const searchUrl = (p: OrganisationSearch, path = "/api/organisations") => `${path}${qs({ ...p })}`;

export function useOrganisationSearch(p: OrganisationSearch) {
  return useQuery({ queryKey: organisationKeys.list(p), queryFn: () => api.get<OrganisationList>(searchUrl(p)), placeholderData: keepPreviousData });
}

export function useOrganisation(id: string, enabled = true) {
  return useQuery({
    queryKey: organisationKeys.one(id),
    queryFn: () => api.get<OrganisationProfile>(`/api/organisations/${encodeURIComponent(id)}`),
    enabled: enabled && Boolean(id),
  });
}

/** The import runs; polled every 2 seconds while one of them runs. */
export function useKboImports() {
  return useQuery({
    queryKey: organisationKeys.imports,
    queryFn: () => api.get<{ items: KboImportRun[] }>("/api/organisations/imports"),
    refetchInterval: (q) => (q.state.data?.items.some((r) => r.status === "running") ? 2000 : false),
  });
}

/** Limburg's municipalities (for filters and for names next to NIS codes). */
export function useMunicipalities() {
  return useQuery({
    queryKey: ["geography", "municipalities"],
    queryFn: async () => {
      const data = await api.get<MunicipalityView[] | { items: MunicipalityView[] }>("/api/geography/municipalities");
      return Array.isArray(data) ? data : data.items;
    },
    staleTime: 60 * 60_000,
  });
}

/** NIS code → municipality name ("71016" → "Genk"); the code itself while the list loads or when unknown. */
export function useMunicipalityName(): (nis: string | null | undefined) => string {
  const { data } = useMunicipalities();
  const names = new Map((data ?? []).map((m) => [m.nis, m.nameNl]));
  return (nis) => (nis ? (names.get(nis) ?? nis) : "");
}
