/** Queries and mutations of the grants screens: funds, calls and the applicant portal. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ApplicationDetail, ApplicationListQuery, ApplicationPage, CallInput, CallSummary, CallUpdate, CallView, DeclaredAid, EnvelopeInput, EnvelopeView,
  FundInput, FundUpdate, FundView, InvitePartnerInput, SaveDraftInput, StartApplicationInput,
} from "../../../contracts/grants-portal";
import { api, qs } from "../../app/api";

export const grantKeys = {
  all: ["grants"] as const,
  funds: ["grants", "funds"] as const,
  calls: (state: string) => ["grants", "calls", state] as const,
  call: (id: string) => ["grants", "call", id] as const,
  applications: (f: object) => ["grants", "applications", f] as const,
  application: (id: string) => ["grants", "application", id] as const,
};
const enc = encodeURIComponent;

export function useFunds(enabled = true) {
  return useQuery({ queryKey: grantKeys.funds, queryFn: () => api.get<FundView[]>("/api/grants/funds"), enabled });
}
export function useCalls(state: "open" | "upcoming" | "closed" | "all" = "all") {
  return useQuery({ queryKey: grantKeys.calls(state), queryFn: () => api.get<CallSummary[]>(`/api/grants/calls${qs({ state })}`) });
}
export function useCall(id: string | undefined) {
  return useQuery({ queryKey: grantKeys.call(id ?? ""), queryFn: () => api.get<CallView>(`/api/grants/calls/${enc(id!)}`), enabled: Boolean(id) });
}
export function useApplications(f: Partial<ApplicationListQuery>) {
  return useQuery({ queryKey: grantKeys.applications(f), queryFn: () => api.get<ApplicationPage>(`/api/grants/applications${qs({ ...f } as Record<string, string | number | undefined>)}`) });
}
export function useApplication(id: string) {
  return useQuery({ queryKey: grantKeys.application(id), queryFn: () => api.get<ApplicationDetail>(`/api/grants/applications/${enc(id)}`) });
}

/** Keeps the detail the server returned and refreshes the lists. */
function useApplicationMutation<V>(fn: (v: V) => Promise<ApplicationDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (detail) => {
      client.setQueryData(grantKeys.application(detail.id), detail);
      void client.invalidateQueries({ queryKey: ["grants", "applications"] });
    },
  });
}

export const useStartApplication = () => useApplicationMutation((v: StartApplicationInput) => api.post<ApplicationDetail>("/api/grants/applications", v));
export const useSaveDraft = () => useApplicationMutation(({ id, ...v }: SaveDraftInput & { id: string }) => api.patch<ApplicationDetail>(`/api/grants/applications/${enc(id)}`, v));
export const useInvitePartner = () => useApplicationMutation(({ id, ...v }: InvitePartnerInput & { id: string }) => api.post<ApplicationDetail>(`/api/grants/applications/${enc(id)}/partners`, v));
export const useRemovePartner = () => useApplicationMutation(({ id, partnerId }: { id: string; partnerId: string }) => api.del<ApplicationDetail>(`/api/grants/applications/${enc(id)}/partners/${enc(partnerId)}`));
export const useRespond = () =>
  useApplicationMutation(({ id, partnerId, ...v }: { id: string; partnerId: string } & ({ accept: true; aids: DeclaredAid[] } | { accept: false; reason: string })) =>
    api.post<ApplicationDetail>(`/api/grants/applications/${enc(id)}/partners/${enc(partnerId)}/response`, v),
  );
export const useDeclare = () =>
  useApplicationMutation(({ id, ...v }: { id: string; organisationId: string; aids: DeclaredAid[] }) => api.put<ApplicationDetail>(`/api/grants/applications/${enc(id)}/de-minimis`, v));
export const useRemoveAttachment = () =>
  useApplicationMutation(({ id, attachmentId }: { id: string; attachmentId: string }) => api.del<ApplicationDetail>(`/api/grants/applications/${enc(id)}/attachments/${enc(attachmentId)}`));
export const useSubmit = () => useApplicationMutation(({ id, version }: { id: string; version: number }) => api.post<ApplicationDetail>(`/api/grants/applications/${enc(id)}/submit`, { version }));
export const useWithdraw = () =>
  useApplicationMutation(({ id, ...v }: { id: string; version: number; reason: string }) => api.post<ApplicationDetail>(`/api/grants/applications/${enc(id)}/withdraw`, v));
export const useAsk = () =>
  useApplicationMutation(({ id, ...v }: { id: string; question: string; dueDate?: string }) => api.post<ApplicationDetail>(`/api/grants/applications/${enc(id)}/information-requests`, v));
export const useAnswer = () =>
  useApplicationMutation(({ id, requestId, answer }: { id: string; requestId: string; answer: string }) =>
    api.post<ApplicationDetail>(`/api/grants/applications/${enc(id)}/information-requests/${enc(requestId)}/answer`, { answer }),
  );

export const attachmentUrl = (id: string, attachmentId: string) => `/api/grants/applications/${enc(id)}/attachments/${enc(attachmentId)}`;

/* ---------- administration ---------- */
function useAdminMutation<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void client.invalidateQueries({ queryKey: grantKeys.all }) });
}
export const useCreateFund = () => useAdminMutation((v: FundInput) => api.post<FundView>("/api/grants/funds", v));
export const useUpdateFund = () => useAdminMutation(({ id, ...v }: FundUpdate & { id: string }) => api.patch<FundView>(`/api/grants/funds/${enc(id)}`, v));
export const useSetEnvelope = () => useAdminMutation(({ fundId, ...v }: EnvelopeInput & { fundId: string }) => api.put<EnvelopeView>(`/api/grants/funds/${enc(fundId)}/envelopes`, v));
export const useCreateCall = () => useAdminMutation((v: CallInput) => api.post<CallView>("/api/grants/calls", v));
export const useUpdateCall = () => useAdminMutation(({ id, ...v }: CallUpdate & { id: string }) => api.patch<CallView>(`/api/grants/calls/${enc(id)}`, v));
export const usePublishCall = () => useAdminMutation(({ id, version }: { id: string; version: number }) => api.post<CallView>(`/api/grants/calls/${enc(id)}/publish`, { version }));
export const useCloseCall = () => useAdminMutation(({ id, version }: { id: string; version: number }) => api.post<CallView>(`/api/grants/calls/${enc(id)}/close`, { version }));
