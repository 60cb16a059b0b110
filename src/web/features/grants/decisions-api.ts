/** Queries and mutations of the review, decision, payment and register screens. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AssignmentView, CallRanking, DecisionInput, DecisionView, DeclarationInput, EligibilityView, InboxItem, MoneyView, PaymentInput,
  PublicAwardPage, RecoveryInput, RepaymentInput, ReviewDetail, ScoreInput,
} from "../../../contracts/grants-decisions";
import type { IbanResult } from "../../../contracts/grants";
import { api, qs } from "../../app/api";

const enc = encodeURIComponent;
export const decisionKeys = {
  all: ["grantsDecisions"] as const,
  inbox: ["grantsDecisions", "inbox"] as const,
  review: (id: string) => ["grantsDecisions", "review", id] as const,
  ranking: (id: string) => ["grantsDecisions", "ranking", id] as const,
  eligibility: (id: string) => ["grantsDecisions", "eligibility", id] as const,
  decision: (id: string) => ["grantsDecisions", "decision", id] as const,
  money: (id: string) => ["grantsDecisions", "money", id] as const,
  awards: (q: object) => ["grantsDecisions", "awards", q] as const,
  reviewers: (id: string) => ["grantsDecisions", "reviewers", id] as const,
};

export const letterUrl = (applicationId: string) => `/api/grants/applications/${enc(applicationId)}/decision/letter.pdf`;
export const callExportUrl = (callId: string) => `/api/grants/calls/${enc(callId)}/export.xlsx`;

export function useInbox() {
  return useQuery({ queryKey: decisionKeys.inbox, queryFn: () => api.get<InboxItem[]>("/api/grants/reviews") });
}
export function useReview(assignmentId: string, enabled: boolean) {
  return useQuery({ queryKey: decisionKeys.review(assignmentId), queryFn: () => api.get<ReviewDetail>(`/api/grants/reviews/${enc(assignmentId)}`), enabled, retry: false });
}
export function useRanking(callId: string) {
  return useQuery({ queryKey: decisionKeys.ranking(callId), queryFn: () => api.get<CallRanking>(`/api/grants/calls/${enc(callId)}/ranking`) });
}
export function useEligibility(applicationId: string, amountCents: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...decisionKeys.eligibility(applicationId), amountCents ?? null],
    queryFn: () => api.get<EligibilityView>(`/api/grants/applications/${enc(applicationId)}/eligibility${qs({ amountCents })}`),
    enabled,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
export function useDecision(applicationId: string) {
  return useQuery({ queryKey: decisionKeys.decision(applicationId), queryFn: () => api.get<DecisionView>(`/api/grants/applications/${enc(applicationId)}/decision`), retry: false });
}
export function useMoney(applicationId: string) {
  return useQuery({ queryKey: decisionKeys.money(applicationId), queryFn: () => api.get<MoneyView>(`/api/grants/applications/${enc(applicationId)}/money`), retry: false });
}
export function useReviewers(applicationId: string, enabled: boolean) {
  return useQuery({ queryKey: decisionKeys.reviewers(applicationId), queryFn: () => api.get<AssignmentView[]>(`/api/grants/applications/${enc(applicationId)}/reviewers`), enabled, retry: false });
}
export type AwardFilters = { fund?: string; year?: number; q?: string; page?: number; pageSize?: number };
export function usePublicAwards(q: AwardFilters) {
  return useQuery({ queryKey: decisionKeys.awards(q), queryFn: () => api.get<PublicAwardPage>(`/api/public/grants/awards${qs({ ...q })}`), placeholderData: keepPreviousData });
}

function useInvalidating<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void client.invalidateQueries({ queryKey: decisionKeys.all }) });
}
export const useDeclare = () => useInvalidating((v: { assignmentId: string } & DeclarationInput) => api.post<InboxItem | null>(`/api/grants/reviews/${enc(v.assignmentId)}/declaration`, { ...v, assignmentId: undefined }));
export const useScore = () => useInvalidating((v: { assignmentId: string } & ScoreInput) => api.put<ReviewDetail>(`/api/grants/reviews/${enc(v.assignmentId)}/scores`, { scores: v.scores }));
export const useAssignReviewers = () => useInvalidating((v: { applicationId: string; reviewerIds: string[] }) => api.post<AssignmentView[]>(`/api/grants/applications/${enc(v.applicationId)}/reviewers`, { reviewerIds: v.reviewerIds }));
export const useDecide = () => useInvalidating((v: { applicationId: string; body: DecisionInput }) => api.post<DecisionView>(`/api/grants/applications/${enc(v.applicationId)}/decision`, v.body));
export const useStoreEligibility = () => useInvalidating((v: { applicationId: string; amountCents?: number }) => api.post<EligibilityView>(`/api/grants/applications/${enc(v.applicationId)}/eligibility`, v.amountCents ? { amountCents: v.amountCents } : {}));
export const usePay = () => useInvalidating((v: { applicationId: string; body: PaymentInput }) => api.post<MoneyView>(`/api/grants/applications/${enc(v.applicationId)}/payments`, v.body));
export const useRecovery = () => useInvalidating((v: { applicationId: string; body: RecoveryInput }) => api.post<MoneyView>(`/api/grants/applications/${enc(v.applicationId)}/recoveries`, v.body));
export const useRepayment = () => useInvalidating((v: { applicationId: string; body: RepaymentInput }) => api.post<MoneyView>(`/api/grants/applications/${enc(v.applicationId)}/repayments`, v.body));
export const useIbanCheck = () => useMutation({ mutationFn: (iban: string) => api.post<IbanResult>("/api/grants/iban-check", { iban }) });
export function useReviewerUsers(enabled: boolean) {
  return useQuery({ queryKey: ["grantsDecisions", "reviewerUsers"], queryFn: () => api.get<{ id: string; displayName: string }[]>("/api/grants/reviewers"), enabled });
}
