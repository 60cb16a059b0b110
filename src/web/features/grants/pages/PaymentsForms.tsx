/** Forms of the payments page: pay a tranche (IBAN checked first), order or record a recovery, record a repayment. */
import { useId, useState } from "react";
import type { MoneyView } from "../../../../contracts/grants-decisions";
import { Button } from "../../../components/Button";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { useToast } from "../../../components/Toast";
import { translateDetailCode } from "../../../i18n/errors";
import { useIbanCheck, usePay, useRecovery, useRepayment } from "../decisions-api";
import { parseEuroInput, useDecT } from "../lib/decisions-format";

export function PayTrancheForm({ applicationId, money }: { applicationId: string; money: MoneyView }) {
  const { t, cents } = useDecT();
  const id = useId();
  const toast = useToast();
  const pay = usePay();
  const check = useIbanCheck();
  const open = money.tranches.filter((x) => !x.payment);
  const [tranche, setTranche] = useState(open[0]?.number ?? 0);
  const [iban, setIban] = useState("");
  const [confirming, setConfirming] = useState(false);
  if (open.length === 0) return null;
  const result = check.data;
  const ibanError = result && !result.valid ? translateDetailCode(`iban_${result.problem}`, result.reason.message) : null;
  const chosen = open.find((x) => x.number === tranche) ?? open[0];
  const submit = async () => {
    try {
      await pay.mutateAsync({ applicationId, body: { trancheNumber: chosen.number, iban } });
      toast.success(t("money.payDone"));
      setIban("");
      check.reset();
    } finally {
      setConfirming(false);
    }
  };
  return (
    <form noValidate onSubmit={(e) => {
      e.preventDefault();
      // The IBAN is checked on the server (both check layers) before the confirmation is shown.
      void check.mutateAsync(iban).then((r) => r.valid && setConfirming(true)).catch(() => {});
    }}>
      <h3>{t("money.pay")}</h3>
      <ErrorMessage error={pay.error ?? check.error} />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-tranche`}>{t("money.tranche")}</label>
        <select id={`${id}-tranche`} className="input" value={chosen.number} onChange={(e) => setTranche(Number(e.target.value))}>
          {open.map((x) => <option key={x.number} value={x.number}>{x.number}. {x.label} — {cents(x.amountCents)}</option>)}
        </select>
      </div>
      <div className={`field${ibanError ? " field--invalid" : ""}`}>
        <label className="field__label" htmlFor={`${id}-iban`}>{t("money.iban")}</label>
        <input id={`${id}-iban`} className="input" value={iban} autoComplete="off" required aria-invalid={ibanError ? true : undefined}
          aria-describedby={`${id}-iban-hint${ibanError ? ` ${id}-iban-error` : ""}`}
          onChange={(e) => { setIban(e.target.value); check.reset(); }} onBlur={() => iban.trim() && check.mutate(iban)} />
        <p className="field__hint" id={`${id}-iban-hint`}>{t("money.ibanHint")}</p>
        {ibanError ? <p className="field__error" id={`${id}-iban-error`}>{ibanError}</p> : null}
        {result?.valid ? <p className="field__hint" role="status">{t("money.ibanOk", { iban: result.formatted })}</p> : null}
      </div>
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={pay.isPending} disabled={!iban.trim()}>{t("money.pay")}</Button>
      </div>
      <ConfirmDialog open={confirming} title={t("money.payConfirmTitle", { number: chosen.number })} confirmLabel={t("money.pay")} busy={pay.isPending}
        onConfirm={() => void submit().catch(() => {})} onCancel={() => setConfirming(false)}>
        <p>{t("money.payConfirmBody", { amount: cents(chosen.amountCents), iban: result?.valid ? result.formatted : iban })}</p>
      </ConfirmDialog>
    </form>
  );
}

export function RecoveryForm({ applicationId }: { applicationId: string }) {
  const { t } = useDecT();
  const id = useId();
  const toast = useToast();
  const recovery = useRecovery();
  const [kind, setKind] = useState<"ordered" | "received">("ordered");
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const cents = parseEuroInput(amount);
  const submit = async () => {
    try {
      await recovery.mutateAsync({ applicationId, body: kind === "ordered" ? { kind, amountCents: cents ?? 0, reason } : { kind, amountCents: cents ?? 0 } });
      toast.success(t("money.recoveryDone"));
      setAmount("");
      setReason("");
    } finally {
      setConfirming(false);
    }
  };
  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); setConfirming(true); }}>
      <ErrorMessage error={recovery.error} />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-kind`}>{t("money.kind")}</label>
        <select id={`${id}-kind`} className="input" value={kind} onChange={(e) => setKind(e.target.value as "ordered" | "received")}>
          <option value="ordered">{t("money.ordered")}</option>
          <option value="received">{t("money.received")}</option>
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-amount`}>{t("money.recoveryAmount")}</label>
        <input id={`${id}-amount`} className="input" inputMode="decimal" value={amount} required onChange={(e) => setAmount(e.target.value)} />
      </div>
      {kind === "ordered" ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-reason`}>{t("money.reason")}</label>
          <textarea id={`${id}-reason`} className="input" rows={2} value={reason} required onChange={(e) => setReason(e.target.value)} />
        </div>
      ) : null}
      <div className="form__actions">
        <Button type="submit" disabled={cents === null}>{t("money.record")}</Button>
      </div>
      <ConfirmDialog open={confirming} title={kind === "ordered" ? t("money.ordered") : t("money.received")} confirmLabel={t("money.record")} destructive={kind === "ordered"}
        busy={recovery.isPending} onConfirm={() => void submit().catch(() => {})} onCancel={() => setConfirming(false)}>
        <p>{amount}</p>
      </ConfirmDialog>
    </form>
  );
}

export function RepaymentForm({ applicationId }: { applicationId: string }) {
  const { t } = useDecT();
  const id = useId();
  const toast = useToast();
  const repay = useRepayment();
  const [amount, setAmount] = useState("");
  const cents = parseEuroInput(amount);
  return (
    <form noValidate onSubmit={(e) => {
      e.preventDefault();
      void repay.mutateAsync({ applicationId, body: { amountCents: cents ?? 0, note: "" } }).then(() => { toast.success(t("money.repaymentDone")); setAmount(""); }).catch(() => {});
    }}>
      <h3>{t("money.repayment")}</h3>
      <ErrorMessage error={repay.error} />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-amount`}>{t("money.recoveryAmount")}</label>
        <input id={`${id}-amount`} className="input" inputMode="decimal" value={amount} required onChange={(e) => setAmount(e.target.value)} />
      </div>
      <div className="form__actions">
        <Button type="submit" busy={repay.isPending} disabled={cents === null}>{t("money.record")}</Button>
      </div>
    </form>
  );
}
