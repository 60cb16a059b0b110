import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../platform/http.js";
import { callRoutes } from "./call-routes.js";
import { portalRoutes } from "./portal-routes.js";
import { decisionRoutes } from "./decision-routes.js";
import { registerRoutes } from "./register-routes.js";
import { reviewRoutes } from "./review-routes.js";

/* Pure rules (no database). */
export { FormDefinitionSchema, validateAnswers, type AnswerMode } from "./form-definition.js";
export { callWindowState, transition, availableEvents, WORKFLOW_RULES, FINAL_STATES } from "./workflow.js";
export { localToInstant, instantToLocal, localDateOf, BRUSSELS } from "./calendar.js";

/* Funds, envelopes, calls and the applicant portal. */
export { nextApplicationReference } from "./application-reference.js";
export { listFunds, createFund, updateFund, setEnvelope } from "./fund-verbs.js";
export { listCalls, getCall } from "./call-reads.js";
export { createCall, updateCall, publishCall, closeCall } from "./call-verbs.js";
export { startApplication } from "./start-application.js";
export { saveApplicationDraft } from "./save-application-draft.js";
export { invitePartner, removePartner } from "./partner-invitations.js";
export { respondToInvitation, declareDeMinimis } from "./partner-responses.js";
export { uploadAttachment, deleteAttachment, getAttachmentFile, type UploadInput } from "./application-attachments.js";
export { submitApplication, withdrawApplication } from "./application-lifecycle.js";
export { askForInformation, answerInformationRequest } from "./information-requests.js";
export { getApplication, listApplications } from "./application-reads.js";
export { loadApplication, buildApplicationDetail, partnersOf, type ApplicationAccess } from "./application-access.js";
export { readiness } from "./application-readiness.js";
export type { GrantsDeps } from "./portal-policies.js";

/* After submission: eligibility, review, decision, money, registers, metrics. */
export { checkEligibility, computeEligibility } from "./eligibility.js";
export { assignReviewers, getAssignments, listReviewers } from "./assign-reviewers.js";
export { declareConflict } from "./declare-conflict.js";
export { reviewerInbox, getReview } from "./review-inbox.js";
export { scoreApplication } from "./score-application.js";
export { callRanking } from "./call-ranking.js";
export { decideApplication } from "./decide-application.js";
export { getDecision, getDecisionLetter } from "./get-decision.js";
export { renderDecisionLetter, letterLanguage } from "./decision-letter.js";
export { getMoney } from "./get-money.js";
export { recordPayment } from "./record-payment.js";
export { recordRecovery } from "./record-recovery.js";
export { recordRepayment } from "./record-repayment.js";
export { checkIban } from "./check-iban.js";
export { listPublicAwards } from "./public-awards.js";
export { exportDeMinimisRegister, exportCall } from "./export-registers.js";
export { grantMetrics, STATEMENT_SO_FAR } from "./metrics.js";

/* When the registry merges a duplicate organisation into the one that survives. */
export { repointOrganisation, type RepointGrantsInput, type RepointGrantsResult } from "./repoint-organisation.js";

/** The module's only door: routes are registered here; verbs and read functions are exported above. */
export async function registerGrants(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await callRoutes(app, deps);
  await portalRoutes(app, deps);
  await decisionRoutes(app, deps);
  await reviewRoutes(app, deps);
  await registerRoutes(app, deps);
}
