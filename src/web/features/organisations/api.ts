/** Queries and mutations of the organisation registry screens (search, profile, contacts, duplicates, KBO import runs). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ContactExport, ContactView, CreateContactInput, DuplicateCandidateList, KboImportRun, MergeOrganisationsInput, OrganisationList,
  OrganisationMerge, OrganisationProfile, SearchOrganisationsInput, UpdateContactInput, UpdateOrganisationInput,
} from "../../../contracts/organisations";
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

// ---- Editing: profile, contacts, duplicates and merges ------------------------------------------

export const contactKeys = { list: (organisationId: string) => ["organisations", "contacts", organisationId] as const };
const enc = encodeURIComponent;

/** After a change to the registry: every organisation query and the audit trail. */
function useRefreshRegistry() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: organisationKeys.all });
    void client.invalidateQueries({ queryKey: ["audit"] });
  };
}

export function useUpdateOrganisation(id: string) {
  const client = useQueryClient();
  const refresh = useRefreshRegistry();
  return useMutation({
    mutationFn: (input: UpdateOrganisationInput) => api.patch<OrganisationProfile>(`/api/organisations/${enc(id)}`, input),
    onSuccess: (profile) => {
      client.setQueryData(organisationKeys.one(id), profile);
      refresh();
    },
  });
}

export function useContacts(organisationId: string) {
  return useQuery({ queryKey: contactKeys.list(organisationId), queryFn: () => api.get<{ items: ContactView[] }>(`/api/organisations/${enc(organisationId)}/contacts`) });
}

export function useSaveContact(organisationId: string) {
  const refresh = useRefreshRegistry();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: CreateContactInput | UpdateContactInput }) =>
      id ? api.patch<ContactView>(`/api/contacts/${enc(id)}`, input) : api.post<ContactView>(`/api/organisations/${enc(organisationId)}/contacts`, input),
    onSuccess: refresh,
  });
}

export function useEraseContact() {
  const refresh = useRefreshRegistry();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => api.post<ContactView>(`/api/contacts/${enc(id)}/erase`, { reason }),
    onSuccess: refresh,
  });
}

/** One person's data (GDPR access request) as a JSON file the browser downloads. */
export async function downloadContactData(contact: Pick<ContactView, "id" | "name">): Promise<void> {
  const data = await api.get<ContactExport>(`/api/contacts/${enc(contact.id)}/export`);
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  const slug = contact.name.normalize("NFD").replace(/[^\w]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "contact";
  a.href = url;
  a.download = `persoonsgegevens-${slug}-${data.exportedAt.slice(0, 10)}.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function useDuplicates(minScore: number) {
  return useQuery({
    queryKey: ["organisations", "duplicates", minScore] as const,
    queryFn: () => api.get<DuplicateCandidateList>(`/api/organisations/duplicates${qs({ minScore, limit: 200 })}`),
    placeholderData: keepPreviousData,
  });
}

export function useMergeOrganisations() {
  const client = useQueryClient();
  const refresh = useRefreshRegistry();
  return useMutation({
    mutationFn: (input: MergeOrganisationsInput) => api.post<OrganisationMerge>("/api/organisations/merges", input),
    onSuccess: () => {
      refresh();
      void client.invalidateQueries({ queryKey: ["support"] });
    },
  });
}
