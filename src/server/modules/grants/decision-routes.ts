import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/errors.js";
import {
  DecisionInput, DecisionView, EligibilityQuery, EligibilityView, IbanCheckInput, MoneyView, PaymentInput, RecoveryInput, RepaymentInput,
} from "../../../contracts/grants-decisions.js";
import { IbanResult } from "../../../contracts/grants.js";
import { ctxFor, type AppDeps } from "../../platform/http.js";
import { checkIban } from "./check-iban.js";
import { decideApplication } from "./decide-application.js";
import { checkEligibility } from "./eligibility.js";
import { getDecision, getDecisionLetter } from "./get-decision.js";
import { getMoney } from "./get-money.js";
import { recordPayment } from "./record-payment.js";
import { recordRecovery } from "./record-recovery.js";
import { recordRepayment } from "./record-repayment.js";

const tags = ["grants"];
const IdParams = z.strictObject({ id: z.string().uuid() });
const reads = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const writes = { ...reads, 409: ErrorBody, 412: ErrorBody };

/** Eligibility, decisions with their letter, payments in tranches, recoveries and repayments. */
export async function decisionRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/api/grants/applications/:id/eligibility", {
    schema: { tags, summary: "Eligibility explained rule by rule (SME status, consortium, de minimis per single undertaking), not stored", params: IdParams, querystring: EligibilityQuery, response: { 200: EligibilityView, ...reads } },
  }, async (req) => checkEligibility({ ctx: ctxFor(req, deps), input: { id: req.params.id, ...req.query }, deps }));

  r.post("/api/grants/applications/:id/eligibility", {
    schema: { tags, summary: "Compute eligibility and keep the computation", params: IdParams, body: EligibilityQuery, response: { 201: EligibilityView, ...writes } },
  }, async (req, reply) => reply.status(201).send(await checkEligibility({ ctx: ctxFor(req, deps), input: { id: req.params.id, ...req.body, store: true }, deps })));

  r.post("/api/grants/applications/:id/decision", {
    schema: { tags, summary: "Approve with an amount (commitment booked against the envelope) or refuse with reasons", params: IdParams, body: DecisionInput, response: { 201: DecisionView, ...writes } },
  }, async (req, reply) => reply.status(201).send(await decideApplication({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id }, deps })));

  r.get("/api/grants/applications/:id/decision", {
    schema: { tags, summary: "The decision (grant staff; the applicant's organisations)", params: IdParams, response: { 200: DecisionView, ...reads } },
  }, async (req) => getDecision({ ctx: ctxFor(req, deps), input: { id: req.params.id } }));

  r.get("/api/grants/applications/:id/decision/letter.pdf", {
    schema: { tags, summary: "The decision letter (PDF) in the applicant's language", params: IdParams, produces: ["application/pdf"], response: { 200: z.unknown().describe("pdf"), ...reads } },
  }, async (req, reply) => {
    const letter = await getDecisionLetter({ ctx: ctxFor(req, deps), input: { id: req.params.id } });
    return reply
      .header("content-type", "application/pdf")
      .header("content-disposition", `attachment; filename="${letter.fileName}"`)
      .header("content-language", letter.language)
      .send(letter.pdf);
  });

  r.get("/api/grants/applications/:id/money", {
    schema: { tags, summary: "Tranches, payments, recoveries, the envelope and, for an advance, schedule and arrears", params: IdParams, response: { 200: MoneyView, ...reads } },
  }, async (req) => getMoney({ ctx: ctxFor(req, deps), input: { id: req.params.id }, deps }));

  r.post("/api/grants/applications/:id/payments", {
    schema: { tags, summary: "Pay a tranche to a checked Belgian IBAN", params: IdParams, body: PaymentInput, response: { 201: MoneyView, ...writes } },
  }, async (req, reply) => reply.status(201).send(await recordPayment({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id }, deps })));

  r.post("/api/grants/applications/:id/recoveries", {
    schema: { tags, summary: "Order a recovery, or record money received against it", params: IdParams, body: RecoveryInput, response: { 201: MoneyView, ...writes } },
  }, async (req, reply) => reply.status(201).send(await recordRecovery({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id }, deps })));

  r.post("/api/grants/applications/:id/repayments", {
    schema: { tags, summary: "Record a repayment of a repayable advance", params: IdParams, body: RepaymentInput, response: { 201: MoneyView, ...writes } },
  }, async (req, reply) => reply.status(201).send(await recordRepayment({ ctx: ctxFor(req, deps), input: { ...req.body, id: req.params.id }, deps })));

  r.post("/api/grants/iban-check", {
    schema: { tags, summary: "Check a Belgian IBAN (ISO and national check digits); changes nothing", body: IbanCheckInput, response: { 200: IbanResult, ...reads } },
  }, async (req) => checkIban({ ctx: ctxFor(req, deps), input: req.body }));
}
