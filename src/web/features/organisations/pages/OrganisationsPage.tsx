/**
 * /app/organisaties — the registry: search by name (misspellings forgiven by the server) or enterprise
 * number, filters (kind, municipality, NACE, SME class), sorting, pages, CSV/XLSX export. Everything
 * lives in the URL, so a search can be bookmarked and shared.
 */
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { OrganisationKind, OrganisationSort, SmeClass, type OrganisationListItem } from "../../../../contracts/organisations";
import { useAuth } from "../../../app/auth";
import { ButtonLink } from "../../../components/Button";
import { DataTable, type Column } from "../../../components/DataTable";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { ExportLinks } from "../../../components/ExportLinks";
import { FilterBar, FilterInput, FilterSelect } from "../../../components/FilterBar";
import { PageHeader } from "../../../components/PageHeader";
import { Pagination } from "../../../components/Pagination";
import { SearchBox } from "../../../components/SearchBox";
import { useFormat } from "../../../i18n/hooks";
import { useMunicipalities, useMunicipalityName } from "../../../app/geography";
import { searchUrl, useOrganisationSearch, type OrganisationSearch } from "../api";
import { SmePill } from "../components/SmePill";
import { naceFilter, useOrgT } from "../lib/format";
import "../organisations.css";

const LIMIT = 25;

function pick<T extends string>(values: readonly T[], v: string | null): T | undefined {
  return v && (values as readonly string[]).includes(v) ? (v as T) : undefined;
}

export function OrganisationsPage() {
  const { t } = useOrgT();
  const f = useFormat();
  const { hasRole, isStaff } = useAuth();
  const [params, setParams] = useSearchParams();
  const municipalities = useMunicipalities();
  const municipalityName = useMunicipalityName();
  const [naceText, setNaceText] = useState(params.get("nace") ?? "");
  const [naceError, setNaceError] = useState(false);

  const filters: OrganisationSearch = {
    q: params.get("q") || undefined,
    kind: pick(OrganisationKind.options, params.get("kind")),
    municipality: /^\d{5}$/.test(params.get("municipality") ?? "") ? params.get("municipality")! : undefined,
    nace: naceFilter(params.get("nace") ?? "") ?? undefined,
    size: pick(SmeClass.options, params.get("size")),
    sort: pick(OrganisationSort.options, params.get("sort")) ?? (params.get("q") ? "relevance" : "name"),
  };
  const offset = Math.max(0, Number(params.get("offset")) || 0);
  const query = useOrganisationSearch({ ...filters, limit: LIMIT, offset });

  const update = (changes: Record<string, string | undefined>, keepOffset = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!keepOffset) next.delete("offset");
    setParams(next);
  };

  const applyNace = (text: string) => {
    setNaceText(text);
    if (!text) {
      setNaceError(false);
      update({ nace: undefined });
      return;
    }
    const code = naceFilter(text);
    setNaceError(code === null);
    if (code !== null) update({ nace: code });
  };

  const columns: Column<OrganisationListItem>[] = [
    {
      key: "name",
      header: t("search.col.name"),
      sortKey: "name",
      rowHeader: true,
      cell: (o) => (
        <>
          <Link to={`/app/organisaties/${o.id}`}>{o.name}</Link>
          {!o.kboActive && o.source === "kbo" ? <span className="org-note"> — {t("search.inactive")}</span> : null}
        </>
      ),
    },
    { key: "number", header: t("search.col.number"), cell: (o) => (o.enterpriseNumber ? <span className="mono">{o.enterpriseNumber}</span> : <span className="muted">{t("search.noNumber")}</span>) },
    { key: "kind", header: t("search.col.kind"), cell: (o) => t(`kind.${o.kind}`) },
    {
      key: "place",
      header: t("search.col.place"),
      cell: (o) => {
        const m = municipalityName(o.municipalityNis);
        const place = [o.postcode, o.place].filter(Boolean).join(" ");
        return place && m && o.place !== m ? `${place} (${m})` : place || m || "—";
      },
    },
    { key: "sme", header: t("search.col.sme"), cell: (o) => <SmePill value={o.smeClass} /> },
    { key: "source", header: t("search.col.source"), cell: (o) => t(`source.${o.source}`) },
  ];

  const sort = filters.sort ?? "name";
  const anyFilter = Boolean(filters.q || filters.kind || filters.municipality || filters.nace || filters.size || params.get("sort"));
  const exportParams = { ...filters };
  const total = query.data?.total ?? 0;

  return (
    <div className="page org-page">
      <PageHeader
        title={t("search.title")}
        description={<p>{t("search.lead")}</p>}
        actions={
          isStaff ? (
            <>
              <ButtonLink to="/app/organisaties/dubbels">{t("duplicates.open")}</ButtonLink>
              {hasRole("administrator") ? <ButtonLink to="/app/organisaties/import">{t("search.kboImport")}</ButtonLink> : null}
            </>
          ) : undefined
        }
      />
      <FilterBar
        onReset={() => {
          setNaceText("");
          setNaceError(false);
          setParams(new URLSearchParams());
        }}
        resetDisabled={!anyFilter}
      >
        <SearchBox label={t("search.label")} placeholder={t("search.placeholder")} value={filters.q ?? ""} onSearch={(q) => update({ q: q || undefined, sort: undefined })} />
        <FilterSelect
          label={t("search.kind")}
          anyLabel={t("search.anyKind")}
          value={filters.kind ?? ""}
          onChange={(kind) => update({ kind })}
          options={OrganisationKind.options.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <FilterSelect
          label={t("search.municipality")}
          anyLabel={t("search.anyMunicipality")}
          value={filters.municipality ?? ""}
          onChange={(municipality) => update({ municipality })}
          options={[...(municipalities.data ?? [])].sort((a, b) => a.nameNl.localeCompare(b.nameNl, "nl")).map((m) => ({ value: m.nis, label: m.nameNl }))}
        />
        <FilterInput label={t("search.nace")} hint={t("search.naceHint")} value={naceText} onChange={applyNace} />
        <FilterSelect
          label={t("search.size")}
          anyLabel={t("search.anySize")}
          value={filters.size ?? ""}
          onChange={(size) => update({ size })}
          options={SmeClass.options.map((s) => ({ value: s, label: t(`sme.${s}`) }))}
        />
        <FilterSelect
          label={t("search.sort")}
          anyLabel={t(`search.sortOptions.${filters.q ? "relevance" : "name"}`)}
          value={params.get("sort") ?? ""}
          onChange={(s) => update({ sort: s || undefined })}
          options={OrganisationSort.options.filter((s) => s !== (filters.q ? "relevance" : "name")).map((s) => ({ value: s, label: t(`search.sortOptions.${s}`) }))}
        />
      </FilterBar>
      {naceError ? (
        <p className="alert alert--error" role="alert">
          {t("search.naceInvalid")}
        </p>
      ) : null}
      <div className="toolbar">
        <p className="toolbar__count" role="status">
          {query.data
            ? query.data.totalCapped
              ? t("search.countCapped", { formatted: f.number(total) })
              : t("search.count", { count: total, formatted: f.number(total) })
            : ""}
        </p>
        <ExportLinks csv={searchUrl(exportParams, "/api/organisations/export.csv")} xlsx={searchUrl(exportParams, "/api/organisations/export.xlsx")} />
      </div>
      <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      <DataTable
        caption={t("search.caption")}
        captionHidden
        columns={columns}
        rows={query.data?.items}
        rowKey={(o) => o.id}
        loading={query.isFetching}
        sort={sort === "name" || sort === "-name" ? { key: "name", direction: sort === "-name" ? "desc" : "asc" } : undefined}
        onSort={(_key, dir) => update({ sort: dir === "desc" ? "-name" : "name" })}
        emptyMessage={t("search.empty")}
      />
      {query.data ? <Pagination total={total} limit={LIMIT} offset={offset} onChange={(o) => update({ offset: o ? String(o) : undefined }, true)} /> : null}
    </div>
  );
}
