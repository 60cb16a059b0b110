/**
 * /app/subsidies/beheer/oproepen/nieuw and …/:id — grant officers create and edit a call: fund and year
 * (its envelope), code, names, opening and closing in Brussels time, the rules, the form and rubric as
 * data (JSON), attachment limits; then publish (or close) it after a confirmation.
 */
import { useId, useState } from "react";
import type { AppLocale } from "../../../i18n/format";
import { useNavigate, useParams } from "react-router";
import type { CallRules, FormDefinition, Rubric } from "../../../../contracts/grants";
import type { CallInput, CallView } from "../../../../contracts/grants-portal";
import { Button } from "../../../components/Button";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { Pill } from "../../../components/StatusBadge";
import { useToast } from "../../../components/Toast";
import { useCall, useCloseCall, useCreateCall, useFunds, usePublishCall, useUpdateCall } from "../api";
import { GrantsError } from "../components/GrantsError";
import { centsToEuroText, parseEuroToCents } from "../lib/form-logic";
import { localName, useGrT } from "../lib/format";
import "../grants.css";

const TEMPLATE_FORM: FormDefinition = {
  sections: [{ key: "project", title: { nl: "Het project", en: "The project" }, fields: [{ key: "summary", type: "long_text", label: { nl: "Samenvatting", en: "Summary" }, required: true, maxLength: 4000 }] }],
};
const TEMPLATE_RUBRIC = { scale: { min: 0, max: 10 }, criteria: [{ key: "quality", label: { nl: "Kwaliteit", en: "Quality" }, weight: 100 }], tieBreakers: [], minReviews: 1, passMarkPercent: null } as Rubric;

interface State {
  fundCode: string; year: string; code: string; nameNl: string; nameEn: string; descriptionNl: string; descriptionEn: string; opensAtLocal: string; closesAtLocal: string;
  consortium: boolean; minCompanies: string; minSme: string; requireLimburg: boolean; excludedNace: string; maxAmount: string; aidRate: string; deMinimis: boolean;
  formJson: string; rubricJson: string; maxAttachments: string; maxAttachmentMb: string; allowedTypes: string;
}

function initial(call: CallView | undefined, locale: AppLocale): State {
  const r = call?.rules;
  return {
    fundCode: call?.fundCode ?? "", year: String(call?.year ?? new Date().getFullYear()), code: call?.code ?? "", nameNl: call?.nameNl ?? "", nameEn: call?.nameEn ?? "",
    descriptionNl: call?.descriptionNl ?? "", descriptionEn: call?.descriptionEn ?? "", opensAtLocal: call?.opensAtLocal ?? "", closesAtLocal: call?.closesAtLocal ?? "",
    consortium: Boolean(r?.consortium), minCompanies: String(r?.consortium?.minIndependentCompanies ?? 2), minSme: String(r?.consortium?.minSmePercent ?? 50), requireLimburg: r?.requireLimburg ?? true,
    excludedNace: (r?.excludedNacePrefixes ?? []).join(", "), maxAmount: centsToEuroText(r?.maxAmountCents ?? null, locale), aidRate: r?.aidRateBasisPoints ? String(r.aidRateBasisPoints / 100) : "", deMinimis: r?.deMinimis ?? true,
    formJson: JSON.stringify(call?.form ?? TEMPLATE_FORM, null, 2), rubricJson: JSON.stringify(call?.rubric ?? TEMPLATE_RUBRIC, null, 2),
    maxAttachments: String(call?.maxAttachments ?? 10), maxAttachmentMb: String((call?.maxAttachmentBytes ?? 10 * 1024 * 1024) / (1024 * 1024)), allowedTypes: (call?.allowedAttachmentTypes ?? ["application/pdf"]).join(", "),
  };
}

export function CallEditPage() {
  const { id } = useParams();
  const query = useCall(id);
  const { locale } = useGrT();
  if (id && !query.data) return <div className="page">{query.isPending ? <Loading /> : <ErrorMessage error={query.error} />}</div>;
  return <CallEditor key={id ?? "new"} call={query.data} initialState={initial(query.data, locale)} />;
}

function CallEditor({ call, initialState }: { call: CallView | undefined; initialState: State }) {
  const { t, locale } = useGrT();
  const id = useId();
  const navigate = useNavigate();
  const toast = useToast();
  const funds = useFunds();
  const create = useCreateCall();
  const update = useUpdateCall();
  const publish = usePublishCall();
  const close = useCloseCall();
  const [s, setS] = useState<State>(initialState);
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<"publish" | "close" | null>(null);
  const locked = call ? call.status !== "draft" : false;
  const set = <K extends keyof State>(k: K, v: State[K]) => setS((x) => ({ ...x, [k]: v }));
  const text = (k: keyof State, label: string, opts: { type?: string; long?: boolean; disabled?: boolean; hint?: string } = {}) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${k}`}>{label}</label>
      {opts.hint ? <p className="field__hint" id={`${id}-${k}-h`}>{opts.hint}</p> : null}
      {opts.long ? (
        <textarea id={`${id}-${k}`} className="field__input grants-json" rows={k.endsWith("Json") ? 14 : 3} value={String(s[k])} disabled={opts.disabled} aria-describedby={opts.hint ? `${id}-${k}-h` : undefined} onChange={(e) => set(k, e.target.value as never)} />
      ) : (
        <input id={`${id}-${k}`} className="field__input" type={opts.type ?? "text"} value={String(s[k])} disabled={opts.disabled} aria-describedby={opts.hint ? `${id}-${k}-h` : undefined} onChange={(e) => set(k, e.target.value as never)} />
      )}
    </div>
  );
  const check = (k: "consortium" | "requireLimburg" | "deMinimis", label: string) => (
    <div className="checkbox">
      <input type="checkbox" id={`${id}-${k}`} checked={s[k]} disabled={locked} onChange={(e) => set(k, e.target.checked)} />
      <label htmlFor={`${id}-${k}`}>{label}</label>
    </div>
  );

  const save = async () => {
    setJsonError(null);
    let form: FormDefinition;
    let rubric: Rubric;
    try {
      form = JSON.parse(s.formJson) as FormDefinition;
      rubric = JSON.parse(s.rubricJson) as Rubric;
    } catch {
      setJsonError(t("admin.invalidJson"));
      return;
    }
    const maxCents = parseEuroToCents(s.maxAmount);
    const rules: CallRules = {
      consortium: s.consortium ? { minIndependentCompanies: Number(s.minCompanies), minSmePercent: Number(s.minSme), smeShareStrict: true } : null,
      requireLimburg: s.requireLimburg, excludedNacePrefixes: s.excludedNace.split(",").map((x) => x.trim()).filter(Boolean), naceScope: "main",
      maxAmountCents: maxCents === null || Number.isNaN(maxCents) ? null : maxCents, aidRateBasisPoints: s.aidRate ? Math.round(Number(s.aidRate) * 100) : null, deMinimis: s.deMinimis,
    };
    const common = {
      nameNl: s.nameNl, nameEn: s.nameEn, descriptionNl: s.descriptionNl, descriptionEn: s.descriptionEn, closesAtLocal: s.closesAtLocal,
      maxAttachments: Number(s.maxAttachments), maxAttachmentBytes: Math.round(Number(s.maxAttachmentMb) * 1024 * 1024), allowedAttachmentTypes: s.allowedTypes.split(",").map((x) => x.trim()).filter(Boolean),
    };
    if (!call) {
      const input: CallInput = { ...common, fundCode: s.fundCode, year: Number(s.year), code: s.code, opensAtLocal: s.opensAtLocal, rules, form, rubric };
      const created = await create.mutateAsync(input);
      toast.success(t("admin.callSaved"));
      navigate(`/app/subsidies/beheer/oproepen/${created.id}`, { replace: true });
    } else {
      await update.mutateAsync({ id: call.id, version: call.version, ...common, ...(locked ? {} : { year: Number(s.year), opensAtLocal: s.opensAtLocal, rules, form, rubric }) });
      toast.success(t("admin.callSaved"));
    }
  };
  const act = async () => {
    if (!call || !confirm) return;
    try {
      if (confirm === "publish") await publish.mutateAsync({ id: call.id, version: call.version });
      else await close.mutateAsync({ id: call.id, version: call.version });
      toast.success(confirm === "publish" ? t("admin.published") : t("admin.closedDone"));
    } finally {
      setConfirm(null);
    }
  };

  return (
    <div className="page grants-page">
      <PageHeader
        title={call ? `${t("admin.editCall")}: ${call.code}` : t("admin.newCall")}
        back={{ to: "/app/subsidies/beheer", label: t("common.back") }}
        meta={call ? <p className="stack-inline"><Pill tone="info">{t(`callStatus.${call.status}`)}</Pill><Pill tone="neutral">{t(`window.${call.window}`)}</Pill></p> : undefined}
        actions={call ? (
          <>
            {call.status === "draft" ? <Button variant="primary" onClick={() => setConfirm("publish")}>{t("admin.publish")}</Button> : null}
            {call.status === "published" ? <Button variant="danger" onClick={() => setConfirm("close")}>{t("admin.closeCall")}</Button> : null}
          </>
        ) : undefined}
      />
      {locked ? <p className="alert alert--info">{t("admin.lockedHint")}</p> : null}
      <GrantsError error={create.error ?? update.error ?? publish.error ?? close.error} />
      {jsonError ? <p className="alert alert--error" role="alert">{jsonError}</p> : null}
      <form className="grants-form" onSubmit={(e) => { e.preventDefault(); void save().catch(() => undefined); }} noValidate>
        <fieldset className="fieldset grants-section">
          <legend className="grants-section__title">{t("app.general")}</legend>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-fund`}>{t("admin.fund")}</label>
            <select id={`${id}-fund`} className="field__input" value={s.fundCode} disabled={Boolean(call)} onChange={(e) => set("fundCode", e.target.value)}>
              <option value="">{t("app.choose")}</option>
              {(funds.data ?? []).map((f) => <option key={f.code} value={f.code}>{localName(f, locale)}</option>)}
            </select>
          </div>
          {text("year", t("admin.year"), { type: "number", disabled: locked })}
          {text("code", t("admin.callCode"), { disabled: Boolean(call) })}
          {text("nameNl", t("admin.nameNl"))}
          {text("nameEn", t("admin.nameEn"))}
          {text("descriptionNl", t("admin.descriptionNl"), { long: true })}
          {text("descriptionEn", t("admin.descriptionEn"), { long: true })}
          {text("opensAtLocal", t("admin.opensAt"), { type: "datetime-local", disabled: locked })}
          {text("closesAtLocal", t("admin.closesAt"), { type: "datetime-local" })}
        </fieldset>
        <fieldset className="fieldset grants-section">
          <legend className="grants-section__title">{t("admin.rulesTitle")}</legend>
          {check("consortium", t("admin.consortium"))}
          {s.consortium ? <>{text("minCompanies", t("admin.minCompanies"), { type: "number", disabled: locked })}{text("minSme", t("admin.minSme"), { type: "number", disabled: locked })}</> : null}
          {check("requireLimburg", t("admin.requireLimburg"))}
          {text("excludedNace", t("admin.excludedNace"), { disabled: locked })}
          {text("maxAmount", t("admin.maxAmount"), { disabled: locked, hint: t("common.euroHint") })}
          {text("aidRate", t("admin.aidRate"), { type: "number", disabled: locked })}
          {check("deMinimis", t("admin.deMinimis"))}
        </fieldset>
        <fieldset className="fieldset grants-section">
          <legend className="grants-section__title">{t("admin.attachmentsTitle")}</legend>
          {text("maxAttachments", t("admin.maxAttachments"), { type: "number" })}
          {text("maxAttachmentMb", t("admin.maxAttachmentMb"), { type: "number" })}
          {text("allowedTypes", t("admin.allowedTypes"))}
        </fieldset>
        {text("formJson", t("admin.formTitle"), { long: true, disabled: locked, hint: t("admin.formHint") })}
        {text("rubricJson", t("admin.rubricTitle"), { long: true, disabled: locked, hint: t("admin.rubricHint") })}
        <Button type="submit" variant="primary" busy={create.isPending || update.isPending}>{t("admin.saveCall")}</Button>
      </form>
      <ConfirmDialog open={confirm !== null} title={confirm === "publish" ? t("admin.publish") : t("admin.closeCall")} confirmLabel={confirm === "publish" ? t("admin.publish") : t("admin.closeCall")}
        destructive={confirm === "close"} busy={publish.isPending || close.isPending} onConfirm={() => void act().catch(() => undefined)} onCancel={() => setConfirm(null)}>
        <p>{confirm === "publish" ? t("admin.publishConfirm") : t("admin.closeConfirm")}</p>
      </ConfirmDialog>
    </div>
  );
}
