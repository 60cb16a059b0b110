import { createHash } from "node:crypto";
import { and, count, eq, isNull } from "drizzle-orm";
import type { FileAnswer, FormDefinition } from "../../../contracts/grants.js";
import type { ApplicationDetail } from "../../../contracts/grants-portal.js";
import { grantApplications, grantAttachments } from "../../db/schema/grants.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { buildApplicationDetail, loadApplication } from "./application-access.js";
import { fail, stateConflict } from "./portal-checks.js";
import { resolveGrantsDeps, type GrantsDeps } from "./portal-policies.js";
import { EDITABLE } from "./save-application-draft.js";
import { requireLead } from "./start-application.js";

export interface UploadInput {
  applicationId: string;
  /** The form's file field this file answers; absent for a general attachment. */
  fieldKey?: string | null;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

const MAX_NAME = 200;

/**
 * The applicant adds a file: to one of the form's file fields (the field's size, type and count limits),
 * or as a general attachment (the call's limits). The file's name, type, size and SHA-256 are kept with
 * the bytes; a file field's answer lists its files.
 */
export async function uploadAttachment({ ctx, input, deps }: { ctx: Ctx; input: UploadInput; deps?: Partial<GrantsDeps> }): Promise<ApplicationDetail> {
  const now = resolveGrantsDeps(deps).now();
  return withTransaction(ctx, async (tx) => {
    const access = await loadApplication(tx, input.applicationId, true);
    requireLead(tx, access);
    const { app, call } = access;
    if (!EDITABLE.includes(app.status)) stateConflict("Files can be added only to a draft (or when more information is asked).", "not_editable");
    const filename = input.filename.replace(/[\\/\u0000-\u001f]/g, "_").trim().slice(-MAX_NAME);
    if (!filename) fail("file", "filename_missing", "The file has no name.");
    if (input.bytes.length === 0) fail("file", "empty_file", "The file is empty.");
    const contentType = input.contentType.split(";")[0].trim().toLowerCase();
    const fieldKey = input.fieldKey || null;
    let limits: { maxFiles: number; maxSizeBytes: number; allowedTypes: string[] };
    if (fieldKey) {
      const field = (call.form as FormDefinition).sections.flatMap((s) => s.fields).find((f) => f.key === fieldKey);
      if (!field || field.type !== "file") fail("fieldKey", "unknown_file_field", "The form has no such file field.");
      limits = { maxFiles: field.maxFiles, maxSizeBytes: field.maxSizeBytes, allowedTypes: field.allowedTypes };
    } else {
      limits = { maxFiles: call.maxAttachments, maxSizeBytes: call.maxAttachmentBytes, allowedTypes: call.allowedAttachmentTypes };
    }
    if (input.bytes.length > limits.maxSizeBytes) fail("file", "file_too_large", `The file is larger than ${limits.maxSizeBytes} bytes.`);
    if (!limits.allowedTypes.includes(contentType)) fail("file", "file_type_not_allowed", `Files of type ${contentType} are not accepted here (${limits.allowedTypes.join(", ")}).`);
    const [{ n }] = await tx.db
      .select({ n: count() })
      .from(grantAttachments)
      .where(and(eq(grantAttachments.applicationId, app.id), fieldKey ? eq(grantAttachments.fieldKey, fieldKey) : isNull(grantAttachments.fieldKey)));
    if (Number(n) >= limits.maxFiles) fail("file", "too_many_files", `At most ${limits.maxFiles} files here.`);
    const sha256 = createHash("sha256").update(input.bytes).digest("hex");
    const [row] = await tx.db
      .insert(grantAttachments)
      .values({ applicationId: app.id, fieldKey, filename, contentType, sizeBytes: input.bytes.length, sha256, bytes: input.bytes, uploadedBy: tx.actor.kind === "user" ? tx.actor.userId : null, createdAt: now })
      .returning({ id: grantAttachments.id });
    const answers = { ...app.answers };
    if (fieldKey) {
      const files = Array.isArray(answers[fieldKey]) ? (answers[fieldKey] as FileAnswer[]) : [];
      answers[fieldKey] = [...files, { fileId: row.id, name: filename, sizeBytes: input.bytes.length, mediaType: contentType }];
    }
    await tx.db.update(grantApplications).set({ answers, version: app.version + 1, updatedAt: now }).where(eq(grantApplications.id, app.id));
    await writeAudit(tx, { action: "grant_application.attach", entity: "grant_application", entityId: app.id, after: { attachmentId: row.id, fieldKey, filename, contentType, sizeBytes: input.bytes.length, sha256 } });
    return buildApplicationDetail(tx, await loadApplication(tx, app.id), now);
  });
}

/** The applicant removes a file (and its entry in the file field's answer). */
export async function deleteAttachment({ ctx, input, deps }: { ctx: Ctx; input: { applicationId: string; attachmentId: string }; deps?: Partial<GrantsDeps> }): Promise<ApplicationDetail> {
  const now = resolveGrantsDeps(deps).now();
  return withTransaction(ctx, async (tx) => {
    const access = await loadApplication(tx, input.applicationId, true);
    requireLead(tx, access);
    const { app } = access;
    if (!EDITABLE.includes(app.status)) stateConflict("Files can be removed only from a draft.", "not_editable");
    const [att] = await tx.db.select({ id: grantAttachments.id, fieldKey: grantAttachments.fieldKey, filename: grantAttachments.filename }).from(grantAttachments).where(and(eq(grantAttachments.id, input.attachmentId), eq(grantAttachments.applicationId, app.id)));
    if (!att) throw notFound("attachment");
    await tx.db.delete(grantAttachments).where(eq(grantAttachments.id, att.id));
    const answers = { ...app.answers };
    if (att.fieldKey && Array.isArray(answers[att.fieldKey])) {
      const left = (answers[att.fieldKey] as FileAnswer[]).filter((f) => f.fileId !== att.id);
      if (left.length) answers[att.fieldKey] = left;
      else delete answers[att.fieldKey];
    }
    await tx.db.update(grantApplications).set({ answers, version: app.version + 1, updatedAt: now }).where(eq(grantApplications.id, app.id));
    await writeAudit(tx, { action: "grant_application.detach", entity: "grant_application", entityId: app.id, before: { attachmentId: att.id, fieldKey: att.fieldKey, filename: att.filename } });
    return buildApplicationDetail(tx, await loadApplication(tx, app.id), now);
  });
}

/** A file's bytes, for those who see the application in full (the lead and the officers). */
export async function getAttachmentFile({ ctx, input }: { ctx: Ctx; input: { applicationId: string; attachmentId: string } }): Promise<{ filename: string; contentType: string; bytes: Buffer }> {
  const access = await loadApplication(ctx, input.applicationId);
  if (access.view !== "full") throw notFound("attachment");
  if (!/^[0-9a-f-]{36}$/i.test(input.attachmentId)) throw notFound("attachment");
  const [att] = await ctx.db.select().from(grantAttachments).where(and(eq(grantAttachments.id, input.attachmentId), eq(grantAttachments.applicationId, input.applicationId)));
  if (!att) throw notFound("attachment");
  return { filename: att.filename, contentType: att.contentType, bytes: att.bytes };
}
