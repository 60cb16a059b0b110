/** Queries and mutations of the space demand and retail core screens. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CampaignInput, CampaignView, DemandClose, DemandDetail, DemandInput, DemandPage, IntroductionInput, IntroductionStageInput,
  IntroductionView, MerchantInput, RetailCoreDetail, RetailCoreInput, RetailCoreView, RetailPremisesInput, RetailPremisesView, RetailStatusInput,
} from "../../../../contracts/space-demand";
import { api, qs } from "../../../app/api";

const enc = encodeURIComponent;
export const demandKeys = {
  all: ["spaceDemand"] as const,
  list: (q: object) => ["spaceDemand", "list", q] as const,
  one: (id: string) => ["spaceDemand", "one", id] as const,
  cores: ["spaceDemand", "cores"] as const,
  core: (id: string) => ["spaceDemand", "core", id] as const,
};

export type DemandFilters = { q?: string; status?: "open" | "closed" | "withdrawn"; organisationId?: string; municipalityNis?: string; page?: number; pageSize?: number };

export function useDemands(q: DemandFilters) {
  return useQuery({ queryKey: demandKeys.list(q), queryFn: () => api.get<DemandPage>(`/api/space/demands${qs({ ...q })}`), placeholderData: keepPreviousData });
}

export function useDemand(id: string) {
  return useQuery({ queryKey: demandKeys.one(id), queryFn: () => api.get<DemandDetail>(`/api/space/demands/${enc(id)}`) });
}

function useRefresh() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: demandKeys.all });
    void client.invalidateQueries({ queryKey: ["compass"] });
    void client.invalidateQueries({ queryKey: ["audit"] });
  };
}

export function usePostDemand() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: DemandInput) => api.post<DemandDetail>("/api/space/demands", input), onSuccess: refresh });
}

export function useCloseDemand(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: DemandClose) => api.post<DemandDetail>(`/api/space/demands/${enc(id)}/close`, input), onSuccess: refresh });
}

export function useIntroduce(demandId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: IntroductionInput) => api.post<IntroductionView>(`/api/space/demands/${enc(demandId)}/introductions`, input), onSuccess: refresh });
}

export function useMoveIntroduction() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...input }: IntroductionStageInput & { id: string }) => api.post<IntroductionView>(`/api/space/introductions/${enc(id)}/stage`, input),
    onSuccess: refresh,
  });
}

export function useRetailCores() {
  return useQuery({ queryKey: demandKeys.cores, queryFn: () => api.get<RetailCoreView[]>("/api/space/retail/cores") });
}

export function useRetailCore(id: string) {
  return useQuery({ queryKey: demandKeys.core(id), queryFn: () => api.get<RetailCoreDetail>(`/api/space/retail/cores/${enc(id)}`) });
}

export function useCreateCore() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: RetailCoreInput) => api.post<RetailCoreView>("/api/space/retail/cores", input), onSuccess: refresh });
}

export function useAddPremises(coreId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: RetailPremisesInput) => api.post<RetailPremisesView>(`/api/space/retail/cores/${enc(coreId)}/premises`, input), onSuccess: refresh });
}

export function useChangeRetailStatus() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...input }: RetailStatusInput & { id: string }) => api.post<RetailPremisesView>(`/api/space/retail/premises/${enc(id)}/status`, input),
    onSuccess: refresh,
  });
}

export function useCreateCampaign() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: CampaignInput) => api.post<CampaignView>("/api/space/retail/campaigns", input), onSuccess: refresh });
}

export function useAddMerchant(campaignId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: MerchantInput) => api.post<CampaignView>(`/api/space/retail/campaigns/${enc(campaignId)}/merchants`, input), onSuccess: refresh });
}
