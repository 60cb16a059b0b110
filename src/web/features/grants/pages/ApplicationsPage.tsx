/** /app/subsidies/aanvragen — an entrepreneur's applications (as lead or partner); all applications for grant officers, with filters and pages. */
import { useState } from "react";
import { Link } from "react-router";
import type { ApplicationStatus } from "../../../../contracts/grants";
import type { ApplicationSummary } from "../../../../contracts/grants-portal";
import { useAuth } from "../../../app/auth";
import { ButtonLink } from "../../../components/Button";
import { DataTable } from "../../../components/DataTable";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { FilterBar, FilterSelect } from "../../../components/FilterBar";
import { PageHeader } from "../../../components/PageHeader";
import { Pagination } from "../../../components/Pagination";
import { SearchBox } from "../../../components/SearchBox";
import { Pill } from "../../../components/StatusBadge";
import { useFormat } from "../../../i18n/hooks";
import { useApplications } from "../api";
import { euroCents, useGrT } from "../lib/format";
import "../grants.css";

const STATUSES: ApplicationStatus[] = ["draft", "submitted", "more_info_requested", "under_review", "decided_approved", "decided_refused", "withdrawn", "committed", "paid_partially", "paid", "recovery_ordered", "recovered"];
/** Statuses after the decision: the row links to the decision and its letter. */
const DECIDED = new Set<ApplicationStatus>(["decided_approved", "decided_refused", "committed", "paid_partially", "paid", "recovery_ordered", "recovered"]);
const PAGE = 25;

export function ApplicationsPage() {
  const { t, locale } = useGrT();
  const f = useFormat();
  const { hasRole } = useAuth();
  const staff = hasRole("administrator", "grant_officer");
  const [status, setStatus] = useState("");
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const query = useApplications({ status: (status || undefined) as ApplicationStatus | undefined, q: q || undefined, page, pageSize: PAGE });
  const columns = [
    { key: "reference", header: t("apps.reference"), rowHeader: true, cell: (r: ApplicationSummary) => <Link to={`/app/subsidies/aanvragen/${r.id}`}>{r.reference}</Link> },
    { key: "title", header: t("apps.projectTitle"), cell: (r: ApplicationSummary) => r.title || t("app.untitled") },
    { key: "call", header: t("apps.call"), cell: (r: ApplicationSummary) => (locale === "en" ? r.callNameEn : r.callNameNl) },
    { key: "applicant", header: t("apps.applicant"), cell: (r: ApplicationSummary) => <>{r.organisationName}{r.view === "partner" ? <> <Pill tone="neutral">{t("apps.asPartner")}</Pill></> : null}</> },
    { key: "status", header: t("apps.status"), cell: (r: ApplicationSummary) => (
      <>
        <Pill tone="info">{t(`status.${r.status}`)}</Pill>
        {DECIDED.has(r.status) ? <> <Link to={`/app/subsidies/aanvragen/${r.id}/beslissing`} aria-label={`${t("app.decisionLink")} ${r.reference}`}>{t("app.decisionLink")}</Link></> : null}
      </>
    ) },
    { key: "amount", header: t("apps.amount"), align: "end" as const, cell: (r: ApplicationSummary) => euroCents(r.amountRequestedCents, locale) },
    { key: "requests", header: t("apps.openRequests"), align: "end" as const, cell: (r: ApplicationSummary) => (r.openRequests ? <strong>{r.openRequests}</strong> : "0") },
    { key: "updated", header: t("apps.updated"), cell: (r: ApplicationSummary) => f.dateTime(r.updatedAt) },
  ];
  return (
    <div className="page grants-page">
      <PageHeader title={staff ? t("apps.titleStaff") : t("apps.title")} description={staff ? undefined : <p>{t("apps.lead")}</p>} actions={<ButtonLink to="/app/subsidies/oproepen">{t("nav.calls")}</ButtonLink>} />
      <FilterBar onReset={() => { setStatus(""); setQ(""); setPage(1); }} resetDisabled={!status && !q}>
        <FilterSelect label={t("apps.filterStatus")} value={status} onChange={(v) => { setStatus(v); setPage(1); }} anyLabel={t("apps.filterAny")} options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        <SearchBox label={t("apps.search")} value={q} onSearch={(v) => { setQ(v); setPage(1); }} />
      </FilterBar>
      <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      <DataTable caption={staff ? t("apps.titleStaff") : t("apps.title")} captionHidden columns={columns} rows={query.data?.items} rowKey={(r) => r.id} loading={query.isFetching} emptyMessage={t("apps.empty")} />
      {query.data ? <Pagination total={query.data.total} limit={PAGE} offset={(page - 1) * PAGE} onChange={(offset) => setPage(Math.floor(offset / PAGE) + 1)} /> : null}
    </div>
  );
}
