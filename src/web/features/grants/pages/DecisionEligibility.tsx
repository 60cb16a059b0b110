/** The officer's eligibility panel: SME status per company, the call's rules, de minimis per single undertaking. */
import { useTranslation } from "react-i18next";
import type { EligibilityView } from "../../../../contracts/grants-decisions";
import type { Reason } from "../../../../contracts/grants";
import { Button } from "../../../components/Button";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { useStoreEligibility } from "../decisions-api";
import { useDecT } from "../lib/decisions-format";

export function EligibilityPanel({ view, applicationId }: { view: EligibilityView; applicationId: string }) {
  const { t, f, cents } = useDecT();
  const store = useStoreEligibility();
  const { i18n } = useTranslation();
  const nameOf = (key: unknown) => view.companies.find((c) => c.enterpriseNumber === key || c.organisationId === key)?.name ?? String(key ?? "");
  /** A rule's reason in the UI language (by its code and parameters); the server's English sentence only as a fallback. */
  const reasonText = (r: Reason) => {
    const key = `grantsDecisions:reason.${r.code}`;
    if (!i18n.exists(key)) return r.message;
    return String(i18n.t(key, { ...r.params, name: nameOf(r.params.enterpriseId), linkedName: nameOf(r.params.linkedTo) }));
  };
  const ruleName = (r: string) => t(`eligibility.rule.${r}` as "eligibility.rule.sme_share");
  return (
    <section aria-labelledby="eligibility-h" className="card">
      <h2 id="eligibility-h">{t("eligibility.title")}</h2>
      <p>{t("eligibility.lead", { amount: cents(view.amountCents), date: f.date(view.asOf) })}</p>
      <p role="status" className={view.passed ? "alert alert--success" : "alert alert--warning"}>
        {view.passed ? t("eligibility.passed") : t("eligibility.failed", { rules: view.failedRules.map(ruleName).join(", ") })}
      </p>
      <h3>{t("eligibility.companies")}</h3>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("eligibility.col.name")}</th>
            <th scope="col">{t("eligibility.col.role")}</th>
            <th scope="col">{t("eligibility.col.sme")}</th>
            <th scope="col">{t("eligibility.col.related")}</th>
            <th scope="col">{t("eligibility.col.share")}</th>
          </tr>
        </thead>
        <tbody>
          {view.companies.map((c) => (
            <tr key={c.organisationId}>
              <th scope="row">{c.name}{c.enterpriseNumber ? ` (${c.enterpriseNumber})` : ""}</th>
              <td>{t(`role.${c.role}`)}</td>
              <td>{t(`eligibility.sme.${c.smeClass}`)}</td>
              <td>{c.related.length ? c.related.map((r) => `${r.name} (${r.relation}, ${f.number(r.sharePct)} %)`).join("; ") : "—"}</td>
              <td>{cents(c.shareCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t("eligibility.consortium")}</h3>
      <ul>
        {view.consortium.rules.map((r) => (
          <li key={r.rule}>
            <strong>{ruleName(r.rule)}: {t(`eligibility.ruleStatus.${r.status}`)}</strong>
            <ul>{r.reasons.map((x, i) => <li key={i}>{reasonText(x)}</li>)}</ul>
          </li>
        ))}
      </ul>
      <h3>{t("eligibility.deMinimis")}</h3>
      {view.deMinimis.applies ? (
        <ul>
          {view.deMinimis.undertakings.map((u) => (
            <li key={u.memberIds.join("-")}>
              <p>{t("eligibility.members", { names: u.members.map((m) => m.name).join(", ") })}</p>
              <p className={u.result.verdict === "exceeds" ? "text--negative" : undefined}>
                <strong>{t(`eligibility.ruleStatus.${u.result.verdict === "fits" ? "passed" : "failed"}`)}</strong>{" — "}
                {t("eligibility.deMinimisLine", {
                  from: f.date(u.result.window.from), to: f.date(u.result.window.to), sum: cents(u.result.sumInWindowCents), award: cents(u.awardCents),
                  total: cents(u.result.totalWithAwardCents), ceiling: cents(u.result.ceilingCents),
                })}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("eligibility.notApplicable")}</p>
      )}
      <ErrorMessage error={store.error} />
      <Button size="small" busy={store.isPending} onClick={() => store.mutate({ applicationId, amountCents: view.amountCents })}>
        {t("eligibility.recompute")}
      </Button>
    </section>
  );
}
