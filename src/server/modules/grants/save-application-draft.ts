import { eq } from "drizzle-orm";
import type { FormDefinition } from "../../../contracts/grants.js";
import { SaveDraftInput, type ApplicationDetail } from "../../../contracts/grants-portal.js";
import { grantApplications } from "../../db/schema/grants.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { validation } from "../../platform/errors.js";
import { buildApplicationDetail, loadApplication } from "./application-access.js";
import { validateAnswers } from "./form-definition.js";
import { parseInput, staleVersion, stateConflict } from "./portal-checks.js";
import { resolveGrantsDeps, type GrantsDeps } from "./portal-policies.js";
import { requireLead } from "./start-application.js";

export const EDITABLE: readonly string[] = ["draft", "more_info_requested"];

/**
 * Saves what the applicant typed so far (autosave): title, amount, language, contact and answers merged
 * into the stored ones (null clears an answer). Missing answers are fine in a draft; a wrong one (text
 * in a number field, an option the field lacks) refuses the save with the field's error. File answers
 * are the server's (set by uploads), so a client's value for a file field is ignored. Needs the version
 * the client last saw; a stale one gets conflict and changes nothing.
 */
export async function saveApplicationDraft({ ctx, input, deps }: { ctx: Ctx; input: SaveDraftInput & { id: string }; deps?: Partial<GrantsDeps> }): Promise<ApplicationDetail> {
  const { id, ...rest } = input;
  const now = resolveGrantsDeps(deps).now();
  return withTransaction(ctx, async (tx) => {
    const access = await loadApplication(tx, id, true);
    requireLead(tx, access);
    const v = parseInput(SaveDraftInput, rest);
    const { app, call } = access;
    if (app.version !== v.version) staleVersion("application");
    if (!EDITABLE.includes(app.status)) stateConflict("Only a draft (or an application asked for more information) can be changed.", "not_editable");
    const form = call.form as FormDefinition;
    const fileKeys = new Set(form.sections.flatMap((s) => s.fields.filter((f) => f.type === "file").map((f) => f.key)));
    const answers: Record<string, unknown> = { ...app.answers };
    for (const [key, value] of Object.entries(v.answers ?? {})) {
      if (fileKeys.has(key)) continue;
      if (value === null) delete answers[key];
      else answers[key] = value;
    }
    const check = validateAnswers(form, answers, "draft");
    if (check.errors.length) throw validation(check.errors.map((e) => ({ path: e.path.startsWith("answers.") ? e.path : `answers.${e.path}`, code: e.code, message: e.message })));
    for (const key of check.ignored) if (!fileKeys.has(key)) delete answers[key];
    const changes = {
      ...(v.title !== undefined ? { title: v.title } : {}),
      ...(v.amountRequestedCents !== undefined ? { amountRequestedCents: v.amountRequestedCents } : {}),
      ...(v.language !== undefined ? { language: v.language } : {}),
      ...(v.contactName !== undefined ? { contactName: v.contactName } : {}),
      ...(v.contactEmail !== undefined ? { contactEmail: v.contactEmail } : {}),
      answers,
    };
    await tx.db.update(grantApplications).set({ ...changes, version: app.version + 1, updatedAt: now }).where(eq(grantApplications.id, id));
    await writeAudit(tx, { action: "grant_application.save", entity: "grant_application", entityId: id, before: { version: app.version }, after: { fields: Object.keys(changes), answerKeys: Object.keys(v.answers ?? {}) } });
    return buildApplicationDetail(tx, await loadApplication(tx, id), now);
  });
}
