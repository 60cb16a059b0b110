import { and, eq } from "drizzle-orm";
import { userRoles, userScopes, users } from "../../db/schema/identity.js";
import type { Ctx } from "../../platform/context.js";
import { queueMail } from "../../platform/outbox.js";

/*
 * Mails of the applicant portal, queued in the verb's transaction (the outbox sends them; logged only in
 * demo mode or without SMTP): a partner company's entrepreneurs hear that they are invited, the applicant
 * hears that an officer asked a question. Dutch for users who read Dutch, English otherwise.
 */

interface Recipient {
  email: string;
  language: "nl" | "en";
}

/** The active entrepreneurs who act for the organisation. */
async function entrepreneursOf(ctx: Ctx, organisationId: string): Promise<Recipient[]> {
  const rows = await ctx.db
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .innerJoin(userScopes, and(eq(userScopes.userId, users.id), eq(userScopes.kind, "organisation"), eq(userScopes.ref, organisationId)))
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "entrepreneur")))
    .where(eq(users.active, true));
  return rows.map((r) => ({ email: r.email, language: r.locale === "en" ? "en" : "nl" }));
}

export async function mailPartnerInvited(
  ctx: Ctx,
  m: { applicationId: string; reference: string; callNameNl: string; callNameEn: string; leadName: string; partnerOrganisationId: string; partnerName: string },
): Promise<number> {
  const to = await entrepreneursOf(ctx, m.partnerOrganisationId);
  for (const r of to) {
    const nl = r.language === "nl";
    await queueMail(ctx, {
      to: r.email,
      language: r.language,
      template: "grants.partner_invited",
      entity: "grant_application",
      entityId: m.applicationId,
      subject: nl ? `Uitnodiging als partner in aanvraag ${m.reference}` : `Invitation as a partner in application ${m.reference}`,
      text: nl
        ? `${m.leadName} nodigt ${m.partnerName} uit als partner in de aanvraag ${m.reference} (${m.callNameNl}).\n\nMeld u aan in Koers, open "Mijn aanvragen" en bevestig of weiger uw deelname. Bij bevestiging geeft u ook de de-minimissteun van de voorbije drie jaar op.`
        : `${m.leadName} invites ${m.partnerName} as a partner in application ${m.reference} (${m.callNameEn}).\n\nSign in to Koers, open "My applications" and confirm or decline your participation. When confirming, you also declare the de minimis aid of the last three years.`,
    });
  }
  return to.length;
}

export async function mailInformationRequested(
  ctx: Ctx,
  m: { applicationId: string; reference: string; organisationId: string; contactEmail: string; language: string; question: string; dueDate: string | null },
): Promise<number> {
  const to: Recipient[] = m.contactEmail ? [{ email: m.contactEmail, language: m.language === "nl" ? "nl" : "en" }] : await entrepreneursOf(ctx, m.organisationId);
  for (const r of to) {
    const nl = r.language === "nl";
    const due = m.dueDate ? (nl ? `\nGraag een antwoord vóór ${m.dueDate}.` : `\nPlease answer before ${m.dueDate}.`) : "";
    await queueMail(ctx, {
      to: r.email,
      language: r.language,
      template: "grants.information_requested",
      entity: "grant_application",
      entityId: m.applicationId,
      subject: nl ? `Vraag om bijkomende informatie over aanvraag ${m.reference}` : `Request for more information on application ${m.reference}`,
      text: nl
        ? `De provincie vraagt bijkomende informatie over uw aanvraag ${m.reference}:\n\n${m.question}\n${due}\nU antwoordt in Koers, bij de aanvraag.`
        : `The province asks for more information on your application ${m.reference}:\n\n${m.question}\n${due}\nYou answer in Koers, on the application.`,
    });
  }
  return to.length;
}

/** The lead applicant hears that a partner company confirmed or declined its invitation (with the reason given). */
export async function mailPartnerAnswered(
  ctx: Ctx,
  m: { applicationId: string; reference: string; organisationId: string; contactEmail: string; language: string; partnerName: string; accepted: boolean; reason: string | null },
): Promise<number> {
  const to: Recipient[] = m.contactEmail ? [{ email: m.contactEmail, language: m.language === "nl" ? "nl" : "en" }] : await entrepreneursOf(ctx, m.organisationId);
  const reason = m.reason?.trim() ?? "";
  for (const r of to) {
    const nl = r.language === "nl";
    const why = reason ? (nl ? `\n\nOpgegeven reden: ${reason}` : `\n\nReason given: ${reason}`) : "";
    await queueMail(ctx, {
      to: r.email,
      language: r.language,
      template: m.accepted ? "grants.partner_confirmed" : "grants.partner_declined",
      entity: "grant_application",
      entityId: m.applicationId,
      subject: m.accepted
        ? nl ? `${m.partnerName} bevestigt deelname aan aanvraag ${m.reference}` : `${m.partnerName} confirms taking part in application ${m.reference}`
        : nl ? `${m.partnerName} neemt niet deel aan aanvraag ${m.reference}` : `${m.partnerName} declines to take part in application ${m.reference}`,
      text: m.accepted
        ? nl
          ? `${m.partnerName} bevestigt als partner deel te nemen aan uw aanvraag ${m.reference} en gaf zijn de-minimissteun op.\n\nU vindt de aanvraag in Koers, bij "Mijn aanvragen".`
          : `${m.partnerName} confirms taking part as a partner in your application ${m.reference} and declared its de minimis aid.\n\nYou find the application in Koers, under "My applications".`
        : nl
          ? `${m.partnerName} weigert deel te nemen als partner aan uw aanvraag ${m.reference}.${why}\n\nU kunt in Koers, bij "Mijn aanvragen", een andere partner uitnodigen.`
          : `${m.partnerName} declines to take part as a partner in your application ${m.reference}.${why}\n\nYou can invite another partner in Koers, under "My applications".`,
    });
  }
  return to.length;
}
