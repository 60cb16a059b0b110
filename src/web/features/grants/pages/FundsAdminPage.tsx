/** /app/subsidies/beheer — grant officers: the funds with their yearly envelopes (set an envelope, add a fund) and every call (drafts too). */
import { useId, useState } from "react";
import { Link } from "react-router";
import type { FundView } from "../../../../contracts/grants-portal";
import { Button, ButtonLink } from "../../../components/Button";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { Pill } from "../../../components/StatusBadge";
import { useToast } from "../../../components/Toast";
import { useCalls, useFunds, useSetEnvelope } from "../api";
import { FundForm } from "../components/FundForm";
import { GrantsError } from "../components/GrantsError";
import { parseEuroToCents } from "../lib/form-logic";
import { euroCents, localDescription, localMoment, localName, useGrT } from "../lib/format";
import "../grants.css";

export function FundsAdminPage() {
  const { t, locale } = useGrT();
  const funds = useFunds();
  const calls = useCalls("all");
  return (
    <div className="page grants-page">
      <PageHeader title={t("admin.title")} description={<p>{t("admin.lead")}</p>} actions={<ButtonLink to="/app/subsidies/beheer/oproepen/nieuw" variant="primary">{t("admin.newCall")}</ButtonLink>} />
      {funds.isPending ? <Loading /> : null}
      <ErrorMessage error={funds.error ?? calls.error} onRetry={() => { void funds.refetch(); void calls.refetch(); }} />
      <ul className="grants-funds">
        {(funds.data ?? []).map((f) => (
          <li key={f.id} className="card grants-block">
            <h2>{localName(f, locale)}</h2>
            <p className="stack-inline">
              <Pill tone="neutral">{t(`instrument.${f.instrument}`)}</Pill>
              {f.repayableAdvanceAllowed ? <Pill tone="info">{t("admin.advanceAllowed")}</Pill> : null}
              <Pill tone="neutral">{t("admin.fundingSource")}: {f.fundingSource}</Pill>
            </p>
            <p>{localDescription(f, locale)}</p>
            {f.source ? (
              <details>
                <summary>{t("admin.source", { section: f.section })}</summary>
                <blockquote>{f.source}</blockquote>
              </details>
            ) : null}
            <details className="grants-edit">
              <summary>{t("admin.editFund")}<span className="visually-hidden">: {localName(f, locale)}</span></summary>
              <FundForm fund={f} />
            </details>
            <EnvelopeTable fund={f} />
            <h3>{t("admin.calls")}</h3>
            <ul>
              {(calls.data ?? []).filter((c) => c.fundId === f.id).map((c) => (
                <li key={c.id}>
                  <Link to={`/app/subsidies/beheer/oproepen/${c.id}`}>{c.code} — {localName(c, locale)}</Link>{" "}
                  <Pill tone={c.status === "published" ? "positive" : "neutral"}>{t(`callStatus.${c.status}`)}</Pill> {localMoment(c.opensAtLocal, locale)} → {localMoment(c.closesAtLocal, locale)}
                </li>
              ))}
            </ul>
            {!(calls.data ?? []).some((c) => c.fundId === f.id) ? <p>{t("admin.noCalls")}</p> : null}
          </li>
        ))}
      </ul>
      <NewFundForm />
    </div>
  );
}

function EnvelopeTable({ fund }: { fund: FundView }) {
  const { t, locale } = useGrT();
  const id = useId();
  const toast = useToast();
  const set = useSetEnvelope();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [amount, setAmount] = useState("");
  const cents = parseEuroToCents(amount);
  return (
    <>
      <div className="table-wrap" role="region" aria-labelledby={`${id}-cap`} tabIndex={0}>
        <table className="table">
          <caption id={`${id}-cap`}>{t("admin.envelopes")}</caption>
          <thead>
            <tr><th scope="col">{t("admin.year")}</th><th scope="col" className="num">{t("admin.amount")}</th><th scope="col" className="num">{t("admin.committed")}</th><th scope="col" className="num">{t("admin.paid")}</th><th scope="col" className="num">{t("admin.available")}</th></tr>
          </thead>
          <tbody>
            {fund.envelopes.map((e) => (
              <tr key={e.id}><th scope="row">{e.year}</th><td className="num">{euroCents(e.amountCents, locale)}</td><td className="num">{euroCents(e.committedCents, locale)}</td><td className="num">{euroCents(e.paidCents, locale)}</td><td className="num">{euroCents(e.availableCents, locale)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <form className="grants-inline-form" onSubmit={(e) => { e.preventDefault(); if (cents === null || Number.isNaN(cents)) return; void set.mutateAsync({ fundId: fund.id, year: Number(year), amountCents: cents }).then(() => { setAmount(""); toast.success(t("admin.envelopeSaved")); }, () => undefined); }}>
        <GrantsError error={set.error} />
        <div className="field">
          <label className="field__label" htmlFor={`${id}-y`}>{t("admin.year")}</label>
          <input id={`${id}-y`} className="field__input field__input--short" type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-a`}>{t("admin.amount")}</label>
          <input id={`${id}-a`} className="field__input field__input--short" inputMode="decimal" value={amount} aria-invalid={Number.isNaN(cents) || undefined} aria-describedby={`${id}-ah`} onChange={(e) => setAmount(e.target.value)} />
          <p className="field__hint" id={`${id}-ah`}>{t("common.euroHint")}</p>
        </div>
        <Button type="submit" busy={set.isPending} disabled={cents === null || Number.isNaN(cents)}>{t("admin.setEnvelope")}<span className="visually-hidden">: {localName(fund, locale)}</span></Button>
      </form>
    </>
  );
}

function NewFundForm() {
  const { t } = useGrT();
  const id = useId();
  return (
    <section className="card grants-block" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t("admin.newFund")}</h2>
      <FundForm />
    </section>
  );
}
