/** /app/subsidies/aanvragen/:id/betalingen — tranches paid to a checked IBAN, recoveries and, for an advance, the schedule and repayments. */
import { useParams } from "react-router";
import { useAuth } from "../../../app/auth";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { useDecision, useMoney } from "../decisions-api";
import { useDecT } from "../lib/decisions-format";
import { PayTrancheForm, RecoveryForm, RepaymentForm } from "./PaymentsForms";

export function PaymentsPage() {
  const { id = "" } = useParams();
  const { t, f, cents } = useDecT();
  const { hasRole } = useAuth();
  const officer = hasRole("grant_officer");
  const money = useMoney(id);
  const decision = useDecision(id);
  if (money.isLoading) return <Loading />;
  const m = money.data;
  return (
    <div className="page">
      <PageHeader title={t("money.title", { reference: decision.data?.reference ?? "" })} back={{ to: `/app/subsidies/aanvragen/${id}/beslissing`, label: t("decision.title", { reference: decision.data?.reference ?? "" }) }} />
      <ErrorMessage error={money.error} onRetry={() => void money.refetch()} />
      {m ? (
        <>
          <p role="status">
            {t("money.summary", { committed: cents(m.committedCents), paid: cents(m.paidCents), recovered: cents(m.recoveredCents), ordered: cents(m.recoveryOrderedCents) })}{" "}
            ({t(`status.${m.status}`)})
          </p>
          <p>{t("money.envelope", { year: m.envelope.year, amount: cents(m.envelope.amountCents), committed: cents(m.envelope.committedCents), paid: cents(m.envelope.paidCents), available: cents(m.envelope.availableCents) })}</p>
          <section aria-labelledby="tranches-h">
            <h2 id="tranches-h">{t("money.tranches")}</h2>
            <table className="table">
              <thead>
                <tr>
                  {(["number", "label", "amount", "due", "paid", "iban"] as const).map((c) => <th scope="col" key={c}>{t(`money.col.${c}`)}</th>)}
                </tr>
              </thead>
              <tbody>
                {m.tranches.map((tr) => (
                  <tr key={tr.number}>
                    <td>{tr.number}</td>
                    <th scope="row">{tr.label}</th>
                    <td>{cents(tr.amountCents)}</td>
                    <td>{tr.due}</td>
                    <td>{tr.payment ? f.date(tr.payment.paidOn) : t("money.unpaid")}</td>
                    <td>{tr.payment?.iban ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {officer ? <PayTrancheForm applicationId={id} money={m} /> : null}
          </section>
          <section aria-labelledby="recovery-h">
            <h2 id="recovery-h">{t("money.recovery")}</h2>
            {m.recoveries.length ? (
              <ul>{m.recoveries.map((r, i) => <li key={i}>{f.date(r.onDate)}: {r.kind === "ordered" ? t("money.ordered") : t("money.received")} {cents(r.amountCents)}{r.reason ? ` — ${r.reason}` : ""}</li>)}</ul>
            ) : null}
            {officer ? <RecoveryForm applicationId={id} /> : null}
          </section>
          {m.advance ? (
            <section aria-labelledby="advance-h">
              <h2 id="advance-h">{t("money.advance")}</h2>
              <p role="status">
                {m.advance.arrears.arrearsCents > 0
                  ? t("money.arrears", { date: f.date(m.advance.arrears.asOf), arrears: cents(m.advance.arrears.arrearsCents), days: m.advance.arrears.daysOverdue })
                  : t("money.upToDate", { date: f.date(m.advance.arrears.asOf) })}
              </p>
              <table className="table">
                <caption>{t("money.schedule")}</caption>
                <thead>
                  <tr>{(["number", "due", "principal", "interest", "total", "balance"] as const).map((c) => <th scope="col" key={c}>{t(`money.scol.${c}`)}</th>)}</tr>
                </thead>
                <tbody>
                  {m.advance.schedule.map((i) => (
                    <tr key={i.number}>
                      <td>{i.number}</td><td>{f.date(i.dueDate)}</td><td>{cents(i.principalCents)}</td><td>{cents(i.interestCents)}</td><td>{cents(i.totalCents)}</td><td>{cents(i.balanceAfterCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {m.advance.repayments.length ? <ul>{m.advance.repayments.map((r, i) => <li key={i}>{f.date(r.paidOn)}: {cents(r.amountCents)} {r.note}</li>)}</ul> : null}
              {officer ? <RepaymentForm applicationId={id} /> : null}
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
