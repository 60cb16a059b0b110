/** /steun — the public list of awarded aid: beneficiary, instrument, amount, date, purpose. */
import { useState } from "react";
import type { PublicAwardPage } from "../../../../contracts/grants-decisions";
import { DataTable } from "../../../components/DataTable";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { FilterBar, FilterInput, FilterSelect } from "../../../components/FilterBar";
import { PageHeader } from "../../../components/PageHeader";
import { Pagination } from "../../../components/Pagination";
import { usePublicAwards, type AwardFilters } from "../decisions-api";
import { useDecT } from "../lib/decisions-format";

type Award = PublicAwardPage["items"][number];
const FUNDS = ["innovation_premium", "maatwerk_fund", "health_innovation_fund", "development_acceleration_fund", "euregio_small_project_fund"];
const PAGE = 50;

export function RegistersPublicAwardsPage() {
  const { t, f, en, cents } = useDecT();
  const [filters, setFilters] = useState<AwardFilters>({ page: 1, pageSize: PAGE });
  const awards = usePublicAwards(filters);
  const d = awards.data;
  const names = new Map((d?.items ?? []).map((i) => [i.fundCode, en ? i.instrumentEn : i.instrumentNl]));
  const year = new Date().getFullYear();
  return (
    <div className="page">
      <PageHeader title={t("publicAwards.title")} description={<p>{t("publicAwards.lead")}</p>} />
      <FilterBar label={t("publicAwards.title")} onReset={() => setFilters({ page: 1, pageSize: PAGE })}>
        <FilterSelect label={t("publicAwards.fund")} value={filters.fund ?? ""} anyLabel={t("publicAwards.all")}
          options={FUNDS.map((code) => ({ value: code, label: names.get(code) ?? code }))} onChange={(v) => setFilters({ ...filters, fund: v || undefined, page: 1 })} />
        <FilterSelect label={t("publicAwards.year")} value={filters.year ? String(filters.year) : ""} anyLabel={t("publicAwards.all")}
          options={[0, 1, 2, 3, 4].map((k) => ({ value: String(year - k), label: String(year - k) }))} onChange={(v) => setFilters({ ...filters, year: v ? Number(v) : undefined, page: 1 })} />
        <FilterInput label={t("publicAwards.q")} value={filters.q ?? ""} onChange={(v) => setFilters({ ...filters, q: v || undefined, page: 1 })} />
      </FilterBar>
      <ErrorMessage error={awards.error} onRetry={() => void awards.refetch()} />
      {d ? <p role="status">{t("publicAwards.total", { count: d.total, amount: cents(d.totalCents) })}</p> : null}
      <DataTable<Award>
        caption={t("publicAwards.caption")}
        captionHidden
        rows={d?.items}
        loading={awards.isFetching}
        rowKey={(a) => `${a.beneficiary}-${a.grantDate}-${a.amountCents}-${a.purpose}`}
        emptyMessage={t("publicAwards.empty")}
        columns={[
          { key: "beneficiary", header: t("publicAwards.col.beneficiary"), rowHeader: true, cell: (a) => (a.beneficiary === "—" ? t("publicAwards.naturalPerson") : `${a.beneficiary}${a.enterpriseNumber ? ` (${a.enterpriseNumber})` : ""}`) },
          { key: "instrument", header: t("publicAwards.col.instrument"), cell: (a) => (en ? a.instrumentEn : a.instrumentNl) },
          { key: "amount", header: t("publicAwards.col.amount"), align: "end", cell: (a) => cents(a.amountCents) },
          { key: "date", header: t("publicAwards.col.date"), cell: (a) => f.date(a.grantDate) },
          { key: "purpose", header: t("publicAwards.col.purpose"), cell: (a) => a.purpose },
          { key: "deMinimis", header: t("publicAwards.col.deMinimis"), cell: (a) => (a.deMinimis ? t("common.yes") : t("common.no")) },
        ]}
      />
      {d ? <Pagination total={d.total} limit={PAGE} offset={(d.page - 1) * PAGE} onChange={(offset) => setFilters({ ...filters, page: Math.floor(offset / PAGE) + 1 })} label={t("publicAwards.caption")} /> : null}
    </div>
  );
}
