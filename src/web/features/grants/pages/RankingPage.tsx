/** /app/subsidies/oproepen/:callId/rangschikking — weighted scores and the ranking of a call, with a summary for the decision. */
import { Link, useParams } from "react-router";
import type { CallRanking } from "../../../../contracts/grants-decisions";
import { DataTable } from "../../../components/DataTable";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { callExportUrl, useRanking } from "../decisions-api";
import { useDecT } from "../lib/decisions-format";

type Row = CallRanking["ranked"][number];

export function RankingPage() {
  const { callId = "" } = useParams();
  const { t, f, en, cents } = useDecT();
  const ranking = useRanking(callId);
  if (ranking.isLoading) return <Loading />;
  const r = ranking.data;
  const columns = [
    { key: "rank", header: t("ranking.col.rank"), cell: (x: Row) => (x.rank === null ? "—" : `${x.rank}${x.tied ? ` (${t("ranking.tied")})` : ""}`) },
    { key: "reference", header: t("ranking.col.reference"), rowHeader: true, cell: (x: Row) => x.reference },
    { key: "applicant", header: t("ranking.col.applicant"), cell: (x: Row) => `${x.applicantName} — ${x.title}` },
    { key: "score", header: t("ranking.col.score"), align: "end" as const, cell: (x: Row) => (x.score === null ? "—" : f.number(x.score, 2)) },
    { key: "reviews", header: t("ranking.col.reviews"), align: "end" as const, cell: (x: Row) => x.reviews },
    { key: "requested", header: t("ranking.col.requested"), align: "end" as const, cell: (x: Row) => cents(x.amountRequestedCents) },
    { key: "eligibility", header: t("ranking.col.eligibility"), cell: (x: Row) => t(`ranking.eligible.${String(x.eligibilityPassed)}` as "ranking.eligible.null") },
    { key: "status", header: t("ranking.col.status"), cell: (x: Row) => t(`status.${x.status}`) },
    { key: "action", header: t("ranking.col.action"), cell: (x: Row) => <Link to={`/app/subsidies/aanvragen/${x.applicationId}/beslissing`}>{t("ranking.decide")}</Link> },
  ];
  return (
    <div className="page">
      <PageHeader
        title={t("ranking.title", { call: r ? (en ? r.nameEn : r.nameNl) : "" })}
        description={<p>{t("ranking.lead")}</p>}
        actions={<a className="btn btn--secondary" href={callExportUrl(callId)} download>{t("ranking.export")}</a>}
      />
      <ErrorMessage error={ranking.error} onRetry={() => void ranking.refetch()} />
      {r ? (
        <>
          <p role="status">
            {t("ranking.envelope", { amount: cents(r.envelope.amountCents), committed: cents(r.envelope.committedCents), available: cents(r.envelope.availableCents), requested: cents(r.requestedRankedCents) })}
          </p>
          <DataTable<Row> caption={t("ranking.caption")} rows={r.ranked} rowKey={(x) => x.applicationId} emptyMessage={t("ranking.empty")} columns={columns} rowDetail={(x) => {
            const label = (key: string) => {
              const l = r.rubric.criteria.find((k) => k.key === key)?.label;
              return l ? (en ? l.en : l.nl) : key;
            };
            return x.reviews ? (
              <ul>
                {x.perCriterion.map((c) => (
                  <li key={c.criterion}>
                    <strong>{label(c.criterion)}: {f.number(c.mean, 2)}</strong>
                    {x.comments.filter((k) => k.criterion === c.criterion).map((k, i) => <span key={i}> — {k.comment}</span>)}
                  </li>
                ))}
              </ul>
            ) : null;
          }} />
          {r.unranked.length ? (
            <DataTable<Row> caption={t("ranking.unranked")} rows={r.unranked} rowKey={(x) => x.applicationId} emptyMessage={t("ranking.empty")} columns={columns} />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
