/** What is still missing, submitting after a confirmation, and withdrawing (also after a confirmation). */
import { useId, useState } from "react";
import { useNavigate } from "react-router";
import type { ApplicationDetail } from "../../../../contracts/grants-portal";
import { Button } from "../../../components/Button";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { useToast } from "../../../components/Toast";
import { useSubmit, useWithdraw } from "../api";
import { missingText, useGrT } from "../lib/format";
import { GrantsError } from "./GrantsError";

export function SubmitSection({ detail, beforeSubmit }: { detail: ApplicationDetail; beforeSubmit: () => Promise<void> }) {
  const { t, locale } = useGrT();
  const id = useId();
  const toast = useToast();
  const submit = useSubmit();
  const [confirming, setConfirming] = useState(false);
  const readiness = detail.readiness;
  if (detail.status !== "draft" || !readiness) return null;
  const go = async () => {
    try {
      await submit.mutateAsync({ id: detail.id, version: detail.version });
      toast.success(t("app.submitted"));
    } finally {
      setConfirming(false);
    }
  };
  return (
    <section className="card grants-block" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t("app.submitTitle")}</h2>
      {readiness.ready ? (
        <p role="status">{t("app.ready")}</p>
      ) : (
        <>
          <h3>{t("app.missingTitle")}</h3>
          <ul className="grants-missing">
            {readiness.missing.map((m, i) => (
              <li key={i}>{missingText(m, detail.call.form, locale)}</li>
            ))}
          </ul>
        </>
      )}
      <GrantsError error={submit.error} />
      <Button variant="primary" disabled={!readiness.ready} onClick={() => void beforeSubmit().then(() => setConfirming(true))}>{t("app.submit")}</Button>
      <ConfirmDialog open={confirming} title={t("app.submitConfirmTitle")} confirmLabel={t("app.submit")} busy={submit.isPending} onConfirm={() => void go().catch(() => undefined)} onCancel={() => setConfirming(false)}>
        <p>{t("app.submitConfirmBody")}</p>
      </ConfirmDialog>
    </section>
  );
}

export function WithdrawButton({ detail }: { detail: ApplicationDetail }) {
  const { t } = useGrT();
  const id = useId();
  const toast = useToast();
  const navigate = useNavigate();
  const withdraw = useWithdraw();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  if (!["draft", "submitted", "more_info_requested"].includes(detail.status)) return null;
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>{t("app.withdraw")}</Button>
      <ConfirmDialog open={open} title={t("app.withdrawTitle")} confirmLabel={t("app.withdraw")} destructive busy={withdraw.isPending} error={withdraw.error ? <GrantsError error={withdraw.error} /> : undefined}
        onConfirm={() => void withdraw.mutateAsync({ id: detail.id, version: detail.version, reason }).then(() => { setOpen(false); toast.success(t("app.withdrawn")); navigate("/app/subsidies/aanvragen"); }, () => undefined)}
        onCancel={() => setOpen(false)}>
        <p>{t("app.withdrawBody")}</p>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-r`}>{t("app.withdrawReason")}</label>
          <textarea id={`${id}-r`} className="field__input" rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
      </ConfirmDialog>
    </>
  );
}
