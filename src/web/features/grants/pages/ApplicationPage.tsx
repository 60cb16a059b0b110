/**
 * /app/subsidies/aanvragen/:id — one application. The lead's entrepreneur fills it in (autosaved, with a
 * saved indicator), invites partners, adds files, sees what is missing and submits; a partner confirms
 * and declares its de minimis aid; officers read it and ask questions. Withdrawal after a confirmation.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import type { FormDefinition } from "../../../../contracts/grants";
import type { ApplicationDetail, ApplicationLanguage } from "../../../../contracts/grants-portal";
import { ApiError } from "../../../app/api";
import { useAuth } from "../../../app/auth";
import { uploadWithProgress } from "../../../app/upload";
import { Button } from "../../../components/Button";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { Pill } from "../../../components/StatusBadge";
import { intlTag } from "../../../i18n/format";
import { attachmentUrl, grantKeys, useApplication, useRemoveAttachment } from "../api";
import { DynamicForm } from "../components/DynamicForm";
import { GrantsError } from "../components/GrantsError";
import { PartnersSection } from "../components/PartnersSection";
import { RequestsSection } from "../components/RequestsSection";
import { SubmitSection, WithdrawButton } from "../components/SubmitSection";
import { centsToEuroText, parseEuroToCents } from "../lib/form-logic";
import { bytes, detailText, euroCents, localMoment, useGrT } from "../lib/format";
import { useAutosave, type SaveState } from "../lib/use-autosave";
import "../grants.css";

/** Statuses after the officer's decision: the applicant and its confirmed partners can read the decision and its letter. */
const DECIDED = new Set(["decided_approved", "decided_refused", "committed", "paid_partially", "paid", "recovery_ordered", "recovered"]);

interface Local {
  title: string;
  amountText: string;
  language: ApplicationLanguage;
  contactName: string;
  contactEmail: string;
  answers: Record<string, unknown>;
}

export function ApplicationPage() {
  const { id = "" } = useParams();
  const query = useApplication(id);
  const detail = query.data;
  if (!detail) return <div className="page">{query.isPending ? <Loading /> : <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}</div>;
  return <ApplicationView key={detail.id} detail={detail} />;
}

function ApplicationView({ detail }: { detail: ApplicationDetail }) {
  const { t, locale } = useGrT();
  const { me, hasRole } = useAuth();
  const id = useId();
  const client = useQueryClient();
  const isOfficer = hasRole("administrator", "grant_officer");
  const isLead = detail.view === "full" && detail.myOrganisationIds.includes(detail.organisationId);
  const editable = isLead && (detail.status === "draft" || detail.status === "more_info_requested");
  const [local, setLocal] = useState<Local>(() => ({
    title: detail.title, amountText: centsToEuroText(detail.amountRequestedCents, locale), language: detail.language, contactName: detail.contactName, contactEmail: detail.contactEmail, answers: detail.answers,
  }));
  const autosave = useAutosave(detail);
  const [uploading, setUploading] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const removeFile = useRemoveAttachment();
  const def = detail.call.form as FormDefinition;
  const fileKeys = useMemo(() => new Set(def.sections.flatMap((s) => s.fields).filter((f) => f.type === "file").map((f) => f.key)), [def]);
  const answers = { ...local.answers, ...Object.fromEntries([...fileKeys].map((k) => [k, detail.answers[k]])) };
  useEffect(() => {
    const leave = (e: BeforeUnloadEvent) => { if (autosave.hasPending()) e.preventDefault(); };
    window.addEventListener("beforeunload", leave);
    return () => window.removeEventListener("beforeunload", leave);
  }, [autosave]);

  const setAnswer = (key: string, value: unknown) => {
    setLocal((l) => ({ ...l, answers: { ...l.answers, [key]: value } }));
    autosave.change({ answers: { [key]: value } });
  };
  const setPlain = <K extends keyof Local>(key: K, value: Local[K]) => {
    setLocal((l) => ({ ...l, [key]: value }));
    if (key === "amountText") {
      const cents = parseEuroToCents(String(value));
      if (!Number.isNaN(cents)) autosave.change({ amountRequestedCents: cents });
    } else autosave.change({ [key]: value });
  };
  const upload = async (fieldKey: string | null, file: File) => {
    setUploading(fieldKey ?? "");
    setUploadError(null);
    await autosave.saveNow();
    const body = new FormData();
    if (fieldKey) body.append("fieldKey", fieldKey);
    body.append("file", file);
    try {
      const next = await uploadWithProgress<ApplicationDetail>(`/api/grants/applications/${encodeURIComponent(detail.id)}/attachments`, body, me?.csrfToken ?? null, () => {});
      client.setQueryData(grantKeys.application(detail.id), next);
    } catch (e) {
      setUploadError(e);
    } finally {
      setUploading(null);
    }
  };
  const errors: Record<string, string> = {};
  const saveError = autosave.state.kind === "error" ? autosave.state.error : null;
  if (saveError instanceof ApiError) for (const d of saveError.body.details ?? []) errors[d.path.replace(/^answers\./, "").split(".")[0]] = detailText(d);
  const a = detail.applicant;
  const generalFiles = detail.attachments.filter((f) => f.fieldKey === null);

  return (
    <div className="page grants-page">
      <PageHeader
        title={detail.title || t("app.untitled")}
        back={{ to: "/app/subsidies/aanvragen", label: t("common.back") }}
        meta={
          <p className="stack-inline">
            <Pill tone="neutral">{detail.reference}</Pill>
            <Pill tone="info">{t(`status.${detail.status}`)}</Pill>
            <Pill tone="neutral">{locale === "en" ? detail.callNameEn : detail.callNameNl}</Pill>
          </p>
        }
        actions={isLead || isOfficer ? <WithdrawButton detail={detail} /> : undefined}
      />
      {detail.view === "partner" ? <p className="alert alert--info">{t("app.partnerView")}</p> : null}
      {isLead && !editable ? <p className="alert alert--info">{t("app.readOnly")}</p> : null}
      {((isLead || detail.view === "partner") && DECIDED.has(detail.status)) || (isOfficer && detail.status !== "draft") ? (
        <p className="stack-inline">
          <Link to={`/app/subsidies/aanvragen/${detail.id}/beslissing`}>{t("app.decisionLink")}</Link>
          {isOfficer ? <Link to={`/app/subsidies/aanvragen/${detail.id}/betalingen`}>{t("app.paymentsLink")}</Link> : null}
        </p>
      ) : null}
      {editable && detail.call.window === "closed" && detail.status === "draft" ? <p className="alert alert--warning">{t("app.windowClosed")}</p> : null}
      <p>{t("calls.closes", { when: localMoment(detail.call.closesAtLocal, locale) })}</p>
      {editable ? <SaveIndicator state={autosave.state} onRetry={() => void autosave.saveNow()} /> : null}

      <section className="card grants-block" aria-labelledby={`${id}-applicant`}>
        <h2 id={`${id}-applicant`}>{t("app.applicantData")}</h2>
        <dl className="grants-dl">
          <dt>{t("apps.applicant")}</dt><dd>{a.name}</dd>
          <dt>{t("app.enterpriseNumber")}</dt><dd>{a.enterpriseNumber ?? t("common.none")}</dd>
          <dt>{t("app.address")}</dt><dd>{[[a.street, a.houseNumber].filter(Boolean).join(" "), [a.postcode, a.place].filter(Boolean).join(" ")].filter(Boolean).join(", ") || t("common.none")}</dd>
          <dt>{t("app.smeClass")}</dt><dd>{t(`sme.${a.smeClass}`)}</dd>
        </dl>
      </section>

      {detail.view === "full" ? (
        <form className="grants-form" onSubmit={(e) => { e.preventDefault(); void autosave.saveNow(); }} noValidate aria-labelledby={`${id}-general`}>
          <fieldset className="fieldset grants-section">
            <legend className="grants-section__title" id={`${id}-general`}>{t("app.general")}</legend>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-title`}>{t("app.titleField")}</label>
              <input id={`${id}-title`} className="field__input" value={local.title} maxLength={300} disabled={!editable} onChange={(e) => setPlain("title", e.target.value)} />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-amount`}>{t("app.amountField")}</label>
              <p className="field__hint" id={`${id}-amount-hint`}>{t("common.euroHint")}{detail.call.maxAmountCents ? ` · ${t("calls.maxAmount", { amount: euroCents(detail.call.maxAmountCents, locale) })}` : ""}</p>
              <input id={`${id}-amount`} className="field__input field__input--short" inputMode="decimal" value={local.amountText} disabled={!editable} aria-describedby={`${id}-amount-hint`}
                aria-invalid={Number.isNaN(parseEuroToCents(local.amountText)) || undefined} onChange={(e) => setPlain("amountText", e.target.value)} />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-lang`}>{t("app.languageField")}</label>
              <select id={`${id}-lang`} className="field__input field__input--short" value={local.language} disabled={!editable} onChange={(e) => setPlain("language", e.target.value as ApplicationLanguage)}>
                {(["nl", "en", "fr", "de"] as const).map((l) => <option key={l} value={l}>{t(`language.${l}`)}</option>)}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-cn`}>{t("app.contactName")}</label>
              <input id={`${id}-cn`} className="field__input" value={local.contactName} maxLength={200} disabled={!editable} onChange={(e) => setPlain("contactName", e.target.value)} />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-ce`}>{t("app.contactEmail")}</label>
              <input id={`${id}-ce`} type="email" className="field__input" value={local.contactEmail} maxLength={254} disabled={!editable} onChange={(e) => setPlain("contactEmail", e.target.value)} />
            </div>
          </fieldset>
          <GrantsError error={uploadError} />
          <DynamicForm applicationId={detail.id} def={def} answers={answers} onChange={setAnswer} readOnly={!editable} errors={errors}
            onUpload={(k, f) => void upload(k, f)} onRemoveFile={(fileId) => void removeFile.mutateAsync({ id: detail.id, attachmentId: fileId }).catch(() => undefined)} uploading={uploading} />
          <fieldset className="fieldset grants-section">
            <legend className="grants-section__title">{t("app.generalFiles")}</legend>
            <p className="field__hint" id={`${id}-gf-hint`}>{t("app.fileLimits", { size: bytes(detail.call.maxAttachmentBytes, locale), types: detail.call.allowedAttachmentTypes.map((x) => x.split("/")[1]).join(", "), n: detail.call.maxAttachments })}</p>
            {generalFiles.length ? (
              <ul className="grants-files">
                {generalFiles.map((f) => (
                  <li key={f.id}>
                    <a href={attachmentUrl(detail.id, f.id)}>{f.filename}</a> ({bytes(f.sizeBytes, locale)})
                    {editable ? <button type="button" className="link-button" onClick={() => void removeFile.mutateAsync({ id: detail.id, attachmentId: f.id }).catch(() => undefined)}>{t("app.removeFile", { name: f.filename })}</button> : null}
                  </li>
                ))}
              </ul>
            ) : <p>{t("app.noFiles")}</p>}
            {editable && generalFiles.length < detail.call.maxAttachments ? (
              <>
                <label className="field__label" htmlFor={`${id}-gf`}>{t("app.uploadFor")}</label>
                <input id={`${id}-gf`} type="file" className="field__input" accept={detail.call.allowedAttachmentTypes.join(",")} aria-describedby={`${id}-gf-hint`} disabled={uploading !== null}
                  onChange={(e) => { const file = e.target.files?.[0]; if (file) void upload(null, file); e.target.value = ""; }} />
              </>
            ) : null}
          </fieldset>
          {editable ? <Button type="submit">{t("common.save")}</Button> : null}
        </form>
      ) : null}

      <PartnersSection detail={detail} isLead={isLead} />
      <RequestsSection detail={detail} isLead={isLead} isOfficer={isOfficer} />
      {isLead ? <SubmitSection detail={detail} beforeSubmit={autosave.saveNow} /> : null}
    </div>
  );
}

function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t, locale } = useGrT();
  const text =
    state.kind === "saving" ? t("app.saving")
      : state.kind === "saved" ? t("app.saved", { time: new Intl.DateTimeFormat(intlTag(locale), { hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(state.at) })
        : state.kind === "dirty" ? t("app.unsaved")
          : state.kind === "error" ? t("app.saveFailed")
            : state.kind === "conflict" ? t("app.conflict") : "";
  return (
    <div className="grants-saved" role="status" aria-live="polite">
      {text}
      {state.kind === "error" ? <Button size="small" onClick={onRetry}>{t("common.save")}</Button> : null}
      {state.kind === "conflict" ? <Button size="small" onClick={() => window.location.reload()}>{t("app.reload")}</Button> : null}
    </div>
  );
}
