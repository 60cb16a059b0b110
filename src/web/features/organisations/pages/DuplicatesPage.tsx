/**
 * /app/organisaties/dubbels — likely duplicate records (staff): each pair with the record to keep, the
 * likely duplicate, the similarity and why they match; administrators and account managers go on to
 * merge a pair. A minimum similarity narrows the list.
 */
import { Link, useSearchParams } from "react-router";
import type { DuplicateCandidate } from "../../../../contracts/organisations";
import { useAuth } from "../../../app/auth";
import { ButtonLink } from "../../../components/Button";
import { DataTable, type Column } from "../../../components/DataTable";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { PageHeader } from "../../../components/PageHeader";
import { useFormat } from "../../../i18n/hooks";
import { useMunicipalityName } from "../../../app/geography";
import { useDuplicates } from "../api";
import { formatEnterpriseNumber, useOrgT } from "../lib/format";
import "../organisations.css";

const SCORES = [0.5, 0.6, 0.7, 0.8, 0.9];
type Side = DuplicateCandidate["survivor"];

function SideCell({ side }: { side: Side }) {
  const { t } = useOrgT();
  const municipality = useMunicipalityName();
  return (
    <>
      <Link to={`/app/organisaties/${side.id}`}>{side.name}</Link>
      <br />
      <span className="org-note">
        {side.enterpriseNumber ? <span className="mono">{formatEnterpriseNumber(side.enterpriseNumber)}</span> : t("duplicates.noNumber")}
        {" · "}
        {t(`source.${side.source === "kbo" ? "kbo" : "manual"}`)}
        {side.postcode || side.place || side.municipalityNis ? ` · ${[side.postcode, side.place ?? municipality(side.municipalityNis)].filter(Boolean).join(" ")}` : ""}
      </span>
    </>
  );
}

export function DuplicatesPage() {
  const { t } = useOrgT();
  const f = useFormat();
  const { hasRole } = useAuth();
  const [params, setParams] = useSearchParams();
  const requested = Number(params.get("min") ?? "0.5");
  const minScore = SCORES.includes(requested) ? requested : 0.5;
  const query = useDuplicates(minScore);
  const canMerge = hasRole("administrator", "account_manager");

  const columns: Column<DuplicateCandidate>[] = [
    { key: "duplicate", header: t("duplicates.col.duplicate"), rowHeader: true, cell: (c) => <SideCell side={c.duplicate} /> },
    { key: "keep", header: t("duplicates.col.keep"), cell: (c) => <SideCell side={c.survivor} /> },
    { key: "score", header: t("duplicates.col.score"), align: "end", cell: (c) => `${f.number(Math.round(c.score * 100))} %` },
    {
      key: "why",
      header: t("duplicates.col.why"),
      cell: (c) => (
        <ul className="org-plain-list">
          {c.reasons.map((r) => (
            <li key={r.code}>{t(`duplicates.reason.${r.code}`, { postcode: c.duplicate.postcode ?? "" })}</li>
          ))}
        </ul>
      ),
    },
  ];
  if (canMerge) {
    columns.push({
      key: "actions",
      header: t("duplicates.col.actions"),
      cell: (c) => (
        <ButtonLink size="small" to={`/app/organisaties/samenvoegen?behouden=${c.survivor.id}&samenvoegen=${c.duplicate.id}`}>
          {t("duplicates.merge")}
          <span className="visually-hidden"> ({t("duplicates.mergeNamed", { duplicate: c.duplicate.name, keep: c.survivor.name })})</span>
        </ButtonLink>
      ),
    });
  }

  return (
    <div className="page org-page">
      <PageHeader title={t("duplicates.title")} description={<p>{t("duplicates.lead")}</p>} back={{ to: "/app/organisaties", label: t("nav.backToList") }} />
      <div className="field org-filter">
        <label className="field__label" htmlFor="dup-min">
          {t("duplicates.minScore")}
        </label>
        <select
          id="dup-min"
          className="input select"
          value={String(minScore)}
          onChange={(e) => setParams(e.target.value === "0.5" ? {} : { min: e.target.value }, { replace: true })}
        >
          {SCORES.map((s) => (
            <option key={s} value={String(s)}>
              {`${f.number(s * 100)} %`}
            </option>
          ))}
        </select>
      </div>
      {query.error ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <DataTable
          caption={t("duplicates.caption")}
          columns={columns}
          rows={query.data?.items}
          rowKey={(c) => `${c.survivor.id}-${c.duplicate.id}`}
          loading={query.isFetching}
          emptyMessage={t("duplicates.empty")}
        />
      )}
    </div>
  );
}
