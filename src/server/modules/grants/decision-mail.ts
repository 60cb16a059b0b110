import { eq } from "drizzle-orm";
import { users } from "../../db/schema/identity.js";
import type { Ctx } from "../../platform/context.js";
import { queueMail } from "../../platform/outbox.js";
import { formatMoney, letterLanguage } from "./decision-letter.js";
import type { ApplicationRow, CallRow } from "./decision-repo.js";

/** Where the applicant reads the decision and downloads the letter (the decision page). */
export const applicationHref = (id: string) => `/app/subsidies/aanvragen/${id}/beslissing`;

/**
 * Queues the notification of a decision, in the decision's transaction, to the application's contact
 * address (or the user who started it). Returns null when the application has no address at all.
 */
export async function queueDecisionMail(
  ctx: Ctx,
  app: ApplicationRow,
  call: CallRow,
  decision: { outcome: "approved" | "refused"; amountCents: number | null },
): Promise<string | null> {
  let to = app.contactEmail.trim();
  if (!to && app.createdBy) {
    const [u] = await ctx.db.select({ email: users.email }).from(users).where(eq(users.id, app.createdBy));
    to = u?.email ?? "";
  }
  if (!to) return null;
  const { language } = letterLanguage(app.language);
  const nl = language === "nl";
  const callName = nl ? call.nameNl : call.nameEn;
  const amount = decision.amountCents != null ? formatMoney(decision.amountCents, language) : "";
  const subject = nl ? `Beslissing over uw aanvraag ${app.reference}` : `Decision on your application ${app.reference}`;
  const body =
    decision.outcome === "approved"
      ? nl
        ? `Uw aanvraag ${app.reference} voor ${callName} is goedgekeurd: ${amount}.`
        : `Your application ${app.reference} for ${callName} has been approved: ${amount}.`
      : nl
        ? `Uw aanvraag ${app.reference} voor ${callName} is niet goedgekeurd.`
        : `Your application ${app.reference} for ${callName} has not been approved.`;
  const more = nl
    ? `De beslissingsbrief met de motivering staat in Koers bij uw aanvraag: ${applicationHref(app.id)}`
    : `The decision letter with the reasons is in Koers with your application: ${applicationHref(app.id)}`;
  return queueMail(ctx, {
    to,
    subject,
    text: `${body}\n\n${more}\n`,
    template: `grants.decision.${decision.outcome}`,
    language,
    entity: "grant_application",
    entityId: app.id,
  });
}
