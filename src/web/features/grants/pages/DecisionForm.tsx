/** The officer's decision form: approve with an amount (tranches, conditions, override when a rule is broken) or refuse with reasons. */
import { useId, useRef, useState, type ReactElement } from "react";
import type { DecisionInput, EligibilityView } from "../../../../contracts/grants-decisions";
import { ApiError } from "../../../app/api";
import { Button } from "../../../components/Button";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { useToast } from "../../../components/Toast";
import { useTranslation } from "react-i18next";
import { useDecide } from "../decisions-api";
import { parseEuroInput, parseTranches, useDecT } from "../lib/decisions-format";

export function DecisionForm(props: { applicationId: string; requestedCents: number | null; eligibility: EligibilityView | undefined; onAmount: (cents: number | undefined) => void }) {
  const { t, cents } = useDecT();
  const { t: tc } = useTranslation("common");
  const id = useId();
  const toast = useToast();
  const decide = useDecide();
  const [outcome, setOutcome] = useState<"approved" | "refused">("approved");
  const requested = useRef(props.requestedCents).current;
  const [amount, setAmount] = useState(requested ? String(requested / 100) : "");
  const [purpose, setPurpose] = useState("");
  const [reasons, setReasons] = useState("");
  const [conditions, setConditions] = useState("");
  const [tranches, setTranches] = useState("");
  const [override, setOverride] = useState("");
  const [local, setLocal] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<DecisionInput | null>(null);
  const needsOverride = outcome === "approved" && props.eligibility !== undefined && !props.eligibility.passed;
  const serverPaths = decide.error instanceof ApiError ? (decide.error.body.details ?? []).map((d) => d.path.replace(/^body\./, "").split(".")[0]) : [];
  const bad = (f: string) => Boolean(local[f]) || serverPaths.includes(f);

  const build = (): DecisionInput | null => {
    const problems: Record<string, string> = {};
    if (reasons.trim().length < 10) problems.reasons = outcome === "approved" ? t("decision.reasons") : t("decision.refusalReasons");
    if (outcome === "refused") return Object.keys(problems).length ? (setLocal(problems), null) : { outcome, reasons: reasons.trim() };
    const cents = parseEuroInput(amount);
    if (cents === null || cents <= 0) problems.amountCents = t("decision.amount");
    if (!purpose.trim()) problems.purpose = t("decision.purpose");
    const parsedTranches = parseTranches(tranches);
    if (parsedTranches === null) problems.tranches = t("decision.tranches");
    if (needsOverride && override.trim().length < 10) problems.overrideReason = t("decision.override");
    setLocal(problems);
    if (Object.keys(problems).length) return null;
    return {
      outcome,
      amountCents: cents!,
      reasons: reasons.trim(),
      purpose: purpose.trim(),
      conditions: conditions.split("\n").map((c) => c.trim()).filter(Boolean),
      ...(parsedTranches && parsedTranches.length ? { tranches: parsedTranches } : {}),
      ...(needsOverride ? { overrideReason: override.trim() } : {}),
    };
  };
  const confirm = async () => {
    if (!pending) return;
    try {
      await decide.mutateAsync({ applicationId: props.applicationId, body: pending });
      toast.success(t("decision.done"));
    } finally {
      setPending(null);
    }
  };
  const field = (name: string, label: string, control: (fid: string, describedBy?: string) => ReactElement, hint?: string) => (
    <div className={`field${bad(name) ? " field--invalid" : ""}`}>
      <label className="field__label" htmlFor={`${id}-${name}`}>{label}</label>
      {control(`${id}-${name}`, hint ? `${id}-${name}-hint` : undefined)}
      {hint ? <p className="field__hint" id={`${id}-${name}-hint`}>{hint}</p> : null}
    </div>
  );
  return (
    <section aria-labelledby={`${id}-h`} className="card">
      <h2 id={`${id}-h`}>{t("decision.formTitle")}</h2>
      <form noValidate onSubmit={(e) => { e.preventDefault(); const b = build(); if (b) setPending(b); }}>
        <ErrorMessage error={decide.error} />
        {Object.keys(local).length ? (
          <div className="alert alert--error" role="alert">
            <p>{tc("errors.validation")}</p>
            <ul className="alert__list">
              {Object.entries(local).map(([name, label]) => <li key={name}><a href={`#${id}-${name}`}>{label}</a></li>)}
            </ul>
          </div>
        ) : null}
        <fieldset className="field fieldset">
          <legend className="field__label">{t("decision.outcome")}</legend>
          {(["approved", "refused"] as const).map((o) => (
            <div className="checkbox" key={o}>
              <input type="radio" id={`${id}-${o}`} name="outcome" checked={outcome === o} onChange={() => setOutcome(o)} />
              <label htmlFor={`${id}-${o}`}>{o === "approved" ? t("decision.approve") : t("decision.refuse")}</label>
            </div>
          ))}
        </fieldset>
        {outcome === "approved" ? (
          <>
            {field("amountCents", t("decision.amount"), (fid, d) => (
              <input id={fid} className="input" inputMode="decimal" value={amount} aria-describedby={d} aria-invalid={bad("amountCents") || undefined} required
                onChange={(e) => setAmount(e.target.value)} onBlur={() => props.onAmount(parseEuroInput(amount) ?? undefined)} />
            ), t("decision.amountHint", { requested: cents(requested) }))}
            {field("purpose", t("decision.purpose"), (fid) => <input id={fid} className="input" value={purpose} maxLength={500} required aria-invalid={bad("purpose") || undefined} onChange={(e) => setPurpose(e.target.value)} />)}
          </>
        ) : null}
        {field("reasons", outcome === "approved" ? t("decision.reasons") : t("decision.refusalReasons"), (fid) => (
          <textarea id={fid} className="input" rows={3} value={reasons} required aria-invalid={bad("reasons") || undefined} onChange={(e) => setReasons(e.target.value)} />
        ))}
        {outcome === "approved" ? (
          <>
            {field("conditions", t("decision.conditions"), (fid) => <textarea id={fid} className="input" rows={3} value={conditions} onChange={(e) => setConditions(e.target.value)} />)}
            {field("tranches", t("decision.tranches"), (fid, d) => (
              <textarea id={fid} className="input" rows={3} value={tranches} aria-describedby={d} aria-invalid={bad("tranches") || undefined} onChange={(e) => setTranches(e.target.value)} />
            ), t("decision.tranchesHint"))}
            {needsOverride
              ? field("overrideReason", t("decision.override"), (fid, d) => (
                  <textarea id={fid} className="input" rows={2} value={override} required aria-describedby={d} aria-invalid={bad("overrideReason") || undefined} onChange={(e) => setOverride(e.target.value)} />
                ), t("decision.overrideHint"))
              : null}
          </>
        ) : null}
        <div className="form__actions">
          <Button type="submit" variant="primary">{t("decision.submit")}</Button>
        </div>
      </form>
      <ConfirmDialog open={pending !== null} title={t("decision.confirmTitle")} confirmLabel={t("decision.confirm")} busy={decide.isPending}
        onConfirm={() => void confirm().catch(() => {})} onCancel={() => setPending(null)}>
        <p>{t("decision.confirmBody")}</p>
      </ConfirmDialog>
    </section>
  );
}
