import { and, eq } from "drizzle-orm";
import type { Role } from "../../src/contracts/identity.js";
import { grantApplications, grantCalls } from "../../src/server/db/schema/grants.js";
import { userRoles, users } from "../../src/server/db/schema/identity.js";
import { withTransaction, type Actor, type Ctx } from "../../src/server/platform/context.js";
import { assignReviewers, declareConflict, decideApplication, recordPayment, recordRepayment, scoreApplication } from "../../src/server/modules/grants/index.js";
import { createApplication, type DeclarationSpec } from "../factories/grants.js";
import { DEMO_ORGANISATION_ID } from "../demo-users.js";
import { DEMO_ORGANISATIONS } from "../support/demo-organisations.js";

/*
 * Demo grant applications (fictional, marked demo), so that the ranking, the decisions, the payments, the public
 * list of awarded aid, the de minimis register and the compass figures of the innovation premium show something.
 * The applicant's part (drafts, partners, declarations, submission) is written by the grants factory, as the
 * portal would have left it; from the review on, the module's verbs act as the demo grant officer
 * (subsidie@koers.demo) and the demo reviewer (jury@koers.demo), so that scores, decisions, letters, payments
 * and repayments are consistent and audited. Idempotent: an application that exists (call and title) is left alone.
 */

const EUR = 100;
const DAY = 86_400_000;
const DEMO_IBAN = "BE68539007547034";
const org = (key: string) => {
  const found = DEMO_ORGANISATIONS.find((o) => o.key === key);
  if (!found) throw new Error(`Unknown demo organisation: ${key}`);
  return found.id;
};

type Stage = "draft" | "submitted" | "under_review" | "approved_paid" | "refused";

export interface DemoApplication {
  callPrefix: "IP" | "MW" | "OA";
  title: string;
  lead: string;
  partners: { id: string; status?: "invited" | "confirmed"; contribution: string }[];
  stage: Stage;
  amountEur: number;
  totalCostEur: number;
  answers: Record<string, unknown>;
  declarations?: (Omit<DeclarationSpec, "aidDate"> & { daysAgo: number })[];
  /** Reviewer scores per rubric criterion, on the demo rubrics' scale of 0 to 10. */
  scores?: Record<string, number>;
  /** For a repayable advance: the repayment plan and one repayment. */
  advance?: { instalments: number; repaymentEur: number };
}

const project = (summary: string, objective: string, extra: Record<string, unknown>, totalCostEur: number) => ({
  summary,
  objective,
  start_date: "2026-01-05",
  duration_months: 9,
  ...extra,
  total_cost: totalCostEur * EUR,
  cofinancing: false,
});

const collab = (text: string, domain: string) => ({ collaboration: text, domain });

export const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    callPrefix: "IP",
    title: "Gerecycleerde kunststof voor voedingsverpakkingen",
    lead: org("heusden_kunststof"),
    partners: [{ id: org("pelt_verpak"), status: "invited", contribution: "Verpakkingslijn en proefreeksen." }],
    stage: "draft",
    amountEur: 35_000,
    totalCostEur: 72_000,
    answers: project("Demo: spuitgieten met gerecycleerde kunststof voor voedingsverpakkingen.", "Een goedgekeurde proefreeks.", collab("Kunststofspuitwerk Heusden spuit de onderdelen, Peltse Verpakkingen test ze op de lijn.", "sustainability"), 72_000),
  },
  {
    // The demo entrepreneur's own decided application (in another fund than the innovation premium, which the
    // demo entrepreneur applies for in the walkthrough): its decision and letter are under "Mijn aanvragen".
    callPrefix: "OA",
    title: "Digitale tweeling van de meetkamer",
    lead: DEMO_ORGANISATION_ID,
    partners: [],
    stage: "approved_paid",
    amountEur: 40_000,
    totalCostEur: 84_000,
    answers: project("Demo: een digitale tweeling van de meetkamer verkort de keuringstijd.", "Keuringstijd per reeks gehalveerd.", { complementarity: "Demo: aanvullend op een Vlaams ontwikkelingsproject over meettechniek." }, 84_000),
    scores: { leverage: 8, impact: 8, feasibility: 7 },
  },
  {
    callPrefix: "IP",
    title: "Digitale drukvoorbereiding met automatische kwaliteitscontrole",
    lead: org("ambiorix_druk"),
    partners: [{ id: org("labo_auto"), contribution: "Camerasysteem en software." }],
    stage: "approved_paid",
    amountEur: 36_000,
    totalCostEur: 76_000,
    answers: project("Demo: een camera controleert elke drukproef automatisch.", "Minder misdrukken per reeks.", collab("Drukkerij Ambiorix levert het drukproces, Labo-automatisering de controle.", "digital"), 76_000),
    scores: { innovation: 8, collaboration: 8, impact: 7, budget: 7 },
  },
  {
    callPrefix: "IP",
    title: "Slimme sturing van de lasrobot",
    lead: org("bree_elektro"),
    partners: [{ id: org("peer_metaal"), contribution: "Proeflijn en lasexpertise." }],
    stage: "approved_paid",
    amountEur: 30_000,
    totalCostEur: 64_000,
    answers: project("Demo: sensoren sturen de lasrobot bij tijdens het lassen.", "Minder uitval bij het lassen.", collab("Breese Elektrotechniek ontwikkelt de sturing, Peerse Metaalconstructie test ze.", "process"), 64_000),
    scores: { innovation: 7, collaboration: 8, impact: 7, budget: 7 },
  },
  {
    callPrefix: "IP",
    title: "Zorgdata veilig delen met de thuisverpleging",
    lead: org("caredata"),
    partners: [{ id: org("voxel"), contribution: "Visualisatie van de data." }],
    stage: "under_review",
    amountEur: 40_000,
    totalCostEur: 90_000,
    answers: project("Demo: een dataplatform voor de thuisverpleging.", "Een prototype bij twee thuisverplegingsdiensten.", collab("CareData bouwt het platform, Voxel Vision de visualisatie.", "digital"), 90_000),
    // Close to the de minimis ceiling (EUR 300,000 over three years): EUR 270,000 declared, plus the lead's equal
    // share of this application (EUR 20,000) makes EUR 290,000.
    declarations: [
      { organisationId: org("caredata"), amountCents: 180_000 * EUR, daysAgo: 400, grantingAuthority: "Vlaamse overheid (VLAIO) – demo", description: "Demo: ontwikkelingssteun" },
      { organisationId: org("caredata"), amountCents: 90_000 * EUR, daysAgo: 150, grantingAuthority: "Stad Hasselt – demo", description: "Demo: digitaliseringspremie" },
    ],
    scores: { innovation: 7, collaboration: 6, impact: 7, budget: 6 },
  },
  {
    callPrefix: "IP",
    title: "Lasersnijden van gerecycleerd glas",
    lead: org("lasertech"),
    partners: [{ id: org("lommel_glas"), contribution: "Glasstromen en testmateriaal." }],
    stage: "submitted",
    amountEur: 25_000,
    totalCostEur: 52_000,
    answers: project("Demo: een laserproces voor gerecycleerd glas.", "Een snijproces met minder breuk.", collab("Lasertechniek Kempen ontwikkelt het proces, Lommelse Glasverwerking test het.", "sustainability"), 52_000),
  },
  {
    callPrefix: "IP",
    title: "Meubels op maat uit restplaten",
    lead: org("maaseik_meubel"),
    partners: [{ id: org("maasland_hout"), contribution: "Restplaten en zaagwerk." }],
    stage: "refused",
    amountEur: 20_000,
    totalCostEur: 41_000,
    answers: project("Demo: meubels op maat uit restplaten van de houtbewerker.", "Een eerste reeks van tien meubels.", collab("Meubelmakerij Maaskant ontwerpt, Maaslandse Houtbewerking levert.", "product"), 41_000),
    scores: { innovation: 4, collaboration: 6, impact: 4, budget: 5 },
  },
  {
    callPrefix: "MW",
    title: "Nieuwe werkplaats voor doelgroepwerknemers",
    lead: org("genk_schoonmaak"),
    partners: [],
    stage: "approved_paid",
    amountEur: 120_000,
    totalCostEur: 160_000,
    answers: project("Demo: een aangepaste werkplaats met nieuwe machines.", "Twintig aangepaste werkposten.", { investment_type: "infrastructure", support_form: "repayable_advance", repayment_years: 4, jobs_supported: 20 }, 160_000),
    scores: { modernisation: 8, jobs: 8, feasibility: 7 },
    advance: { instalments: 8, repaymentEur: 15_000 },
  },
];

async function actorByEmail(ctx: Ctx, email: string, role: Role): Promise<Actor> {
  const [u] = await ctx.db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, role)))
    .where(eq(users.email, email));
  if (!u) throw new Error(`The demo grants need the demo user ${email} (seed the demo users first).`);
  return { kind: "user", userId: u.id, label: `${u.displayName} (${email})`, roles: [role], scopes: [] };
}

const brusselsDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric", month: "2-digit", day: "2-digit" });
const dateOf = (d: Date) => brusselsDate.format(d);

/** Writes the demo applications that do not exist yet; returns how many were created. */
export async function seedDemoApplications(ctx: Ctx, opts: { now: () => Date; log: (msg: string) => void }): Promise<number> {
  const now = opts.now();
  const year = Number(dateOf(now).slice(0, 4));
  const at = (daysAgo: number) => ({ now: () => new Date(now.getTime() - daysAgo * DAY) });
  const officerActor = await actorByEmail(ctx, "subsidie@koers.demo", "grant_officer");
  const juryActor = await actorByEmail(ctx, "jury@koers.demo", "reviewer");
  let created = 0;
  for (const demo of DEMO_APPLICATIONS) {
    const [call] = await ctx.db.select({ id: grantCalls.id }).from(grantCalls).where(eq(grantCalls.code, `${demo.callPrefix}-${year}-1`));
    if (!call) continue; // the demo calls of this year were not seeded
    const [exists] = await ctx.db.select({ id: grantApplications.id }).from(grantApplications).where(and(eq(grantApplications.callId, call.id), eq(grantApplications.title, demo.title)));
    if (exists) continue;
    await withTransaction(ctx, async (tx) => {
      const officer: Ctx = { ...tx, actor: officerActor };
      const jury: Ctx = { ...tx, actor: juryActor };
      const { application } = await createApplication(tx.db, {
        callId: call.id,
        organisationId: demo.lead,
        status: demo.stage === "draft" ? "draft" : "submitted",
        title: demo.title,
        amountRequestedCents: demo.amountEur * EUR,
        answers: demo.answers as never,
        language: "nl",
        submittedAt: demo.stage === "draft" ? null : new Date(now.getTime() - 25 * DAY),
        partners: demo.partners.map((p) => ({ organisationId: p.id, status: p.status ?? "confirmed", contribution: p.contribution })),
        declarations: (demo.declarations ?? []).map(({ daysAgo, ...d }) => ({ ...d, aidDate: dateOf(new Date(now.getTime() - daysAgo * DAY)) })),
        declared: demo.stage !== "draft",
        demo: true,
      });
      if (demo.stage === "draft" || demo.stage === "submitted") return;

      const [assignment] = await assignReviewers({ ctx: officer, input: { id: application.id, reviewerIds: [juryActor.kind === "user" ? juryActor.userId : ""] } });
      await declareConflict({ ctx: jury, input: { assignmentId: assignment.id, conflict: false } });
      const scores = Object.entries(demo.scores ?? {}).map(([criterion, score]) => ({ criterion, score, comment: `Demo-beoordeling: ${score >= 6 ? "overtuigend" : "onvoldoende uitgewerkt"}.` }));
      await scoreApplication({ ctx: jury, input: { assignmentId: assignment.id, scores } });
      if (demo.stage === "under_review") return;

      if (demo.stage === "refused") {
        await decideApplication({ ctx: officer, input: { id: application.id, outcome: "refused", reasons: "Demo: het project is te weinig vernieuwend en de impact blijft vaag." }, deps: at(12) });
        return;
      }
      const amountCents = demo.amountEur * EUR;
      const first = Math.round(amountCents * 0.6);
      await decideApplication({
        ctx: officer,
        input: {
          id: application.id,
          outcome: "approved",
          amountCents,
          reasons: "Demo: sterk en haalbaar project met snelle resultaten; goed gescoord door de jury.",
          purpose: demo.title,
          tranches: [
            { label: "Eerste schijf (60 %)", amountCents: first, due: "na de beslissing" },
            { label: "Saldo", amountCents: amountCents - first, due: "na het eindverslag" },
          ],
          ...(demo.advance
            ? { repaymentPlan: { method: "linear" as const, instalments: demo.advance.instalments, firstDueDate: dateOf(new Date(now.getTime() - 5 * DAY)), monthsBetween: 6, annualRateBasisPoints: 0 } }
            : {}),
        },
        deps: at(12),
      });
      await recordPayment({ ctx: officer, input: { id: application.id, trancheNumber: 1, iban: DEMO_IBAN }, deps: at(8) });
      if (demo.advance) await recordRepayment({ ctx: officer, input: { id: application.id, amountCents: demo.advance.repaymentEur * EUR, note: "Demo: eerste aflossing" }, deps: at(2) });
    });
    created++;
  }
  opts.log(`Seed: demo grant applications: ${created} created, ${DEMO_APPLICATIONS.length - created} already present or without a call.`);
  return created;
}
