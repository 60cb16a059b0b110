/**
 * /app/subsidies/aanvragen/:id/beslissing — for the grant officer: eligibility (explained) and the decision form,
 * then the decision with its letter; for grant staff and the applicant's organisations: the decision and the letter.
 */
import { useState } from "react";
import { Link, useParams } from "react-router";
import { ApiError } from "../../../app/api";
import { useAuth } from "../../../app/auth";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { letterUrl, useDecision, useEligibility } from "../decisions-api";
import { useDecT } from "../lib/decisions-format";
import { EligibilityPanel } from "./DecisionEligibility";
import { DecisionForm } from "./DecisionForm";
import { ReviewersSection } from "./DecisionReviewers";

export function DecisionPage() {
  const { id = "" } = useParams();
  const { t, f, cents } = useDecT();
  const { hasRole } = useAuth();
  const officer = hasRole("grant_officer");
  const decision = useDecision(id);
  const undecided = decision.error instanceof ApiError && decision.error.status === 404;
  const [amount, setAmount] = useState<number | undefined>(undefined);
  const eligibility = useEligibility(id, amount, officer && undecided);
  if (decision.isLoading) return <Loading />;
  const d = decision.data;
  return (
    <div className="page">
      <PageHeader title={t("decision.title", { reference: d?.reference ?? "" })} />
      {d ? (
        <section aria-labelledby="decision-h" className="card">
          <h2 id="decision-h">{d.outcome === "approved" ? t("decision.approved", { amount: cents(d.amountCents), date: f.date(d.decisionDate) }) : t("decision.refused", { date: f.date(d.decisionDate) })}</h2>
          <p>{t("status." + d.applicationStatus)}</p>
          {d.purpose ? <p>{d.purpose}</p> : null}
          <p>{d.reasons}</p>
          {d.shares.length ? (
            <>
              <h3>{t("decision.shares")}</h3>
              <ul>{d.shares.map((s) => <li key={s.organisationId}>{s.name}: {cents(s.amountCents)}</li>)}</ul>
            </>
          ) : null}
          {d.overrideReason ? <p>{t("decision.overrideShown", { rules: d.overriddenRules.join(", "), reason: d.overrideReason })}</p> : null}
          <p><a href={letterUrl(id)} download>{t("decision.letter")}</a></p>
          {d.letterFellBack ? <p>{t("decision.letterFellBack")}</p> : null}
          {hasRole("grant_officer", "administrator", "policy_analyst") && d.outcome === "approved" ? (
            <p><Link to={`/app/subsidies/aanvragen/${id}/betalingen`}>{t("decision.payments")}</Link></p>
          ) : null}
        </section>
      ) : undecided && officer ? (
        <>
          <ReviewersSection applicationId={id} />
          {eligibility.data ? (
            <>
              <EligibilityPanel view={eligibility.data} applicationId={id} />
              <DecisionForm applicationId={id} requestedCents={eligibility.data.amountCents} eligibility={eligibility.data} onAmount={setAmount} />
            </>
          ) : eligibility.isLoading ? (
            <Loading />
          ) : (
            <ErrorMessage error={eligibility.error} />
          )}
        </>
      ) : undecided ? (
        <p>{t("decision.notYet")}</p>
      ) : (
        <ErrorMessage error={decision.error} />
      )}
    </div>
  );
}
