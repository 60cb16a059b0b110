/**
 * /app/gebruikers (administrator): search, filter by role and status, sort, page, export the
 * whole filtered list as CSV. Filters, sorting and page live in the URL.
 */
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { Role, UserSort, type UserView } from "../../../contracts/identity";
import { downloadCsv } from "../../app/csv";
import { ButtonLink } from "../../components/Button";
import { DataTable, type Column } from "../../components/DataTable";
import { ErrorMessage, errorText } from "../../components/ErrorMessage";
import { ExportLinks } from "../../components/ExportLinks";
import { FilterBar, FilterSelect } from "../../components/FilterBar";
import { PageHeader } from "../../components/PageHeader";
import { Pagination } from "../../components/Pagination";
import { SearchBox } from "../../components/SearchBox";
import { Pill } from "../../components/StatusBadge";
import { useToast } from "../../components/Toast";
import { useFormat } from "../../i18n/hooks";
import { fetchAllUsers, useUsers, type UserListParams } from "./api";
import { useRoleOptions } from "./roles";

const LIMIT = 25;

export function UsersPage() {
  const { t } = useTranslation(["identity", "common"]);
  const f = useFormat();
  const toast = useToast();
  const roleOptions = useRoleOptions();
  const [params, setParams] = useSearchParams();
  const [exporting, setExporting] = useState(false);

  const roleParam = params.get("role");
  const activeParam = params.get("active");
  const sortParam = params.get("sort");
  const filters: UserListParams = {
    q: params.get("q") ?? undefined,
    role: Role.safeParse(roleParam).success ? (roleParam as Role) : undefined,
    active: activeParam === "true" || activeParam === "false" ? activeParam : undefined,
    sort: UserSort.safeParse(sortParam).success ? (sortParam as UserSort) : "displayName",
  };
  const offset = Math.max(0, Number(params.get("offset")) || 0);
  const query = useUsers({ ...filters, limit: LIMIT, offset });

  const update = (changes: Record<string, string | undefined>, keepOffset = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!keepOffset) next.delete("offset");
    setParams(next);
  };

  const sortKey = (filters.sort ?? "displayName").replace(/^-/, "");
  const direction = filters.sort?.startsWith("-") ? "desc" : "asc";

  const columns: Column<UserView>[] = [
    { key: "name", header: t("users.col.name"), sortKey: "displayName", rowHeader: true, cell: (u) => <Link to={`/app/gebruikers/${u.id}`}>{u.displayName}</Link> },
    { key: "email", header: t("users.col.email"), sortKey: "email", cell: (u) => u.email },
    { key: "roles", header: t("users.col.roles"), cell: (u) => u.roles.map((r) => t(`common:roles.${r}`)).join(", ") },
    {
      key: "status",
      header: t("users.col.status"),
      cell: (u) => (
        <span className="stack-inline">
          <Pill tone={u.active ? "positive" : "negative"}>{u.active ? t("users.statusActive") : t("users.statusInactive")}</Pill>
          {u.mustChangePassword ? <Pill tone="info">{t("users.mustChange")}</Pill> : null}
        </span>
      ),
    },
    { key: "created", header: t("users.col.created"), sortKey: "createdAt", cell: (u) => <time dateTime={u.createdAt}>{f.date(u.createdAt)}</time> },
  ];

  const exportCsv = async () => {
    if (exporting) return;
    setExporting(true);
    try {
      const all = await fetchAllUsers(filters);
      const h = (k: string) => t(`users.exportHeader.${k}`);
      downloadCsv(t("users.exportFile"), [
        [h("name"), h("email"), h("roles"), h("scopes"), h("active"), h("locale"), h("created")],
        ...all.map((u) => [
          u.displayName,
          u.email,
          u.roles.map((r) => t(`common:roles.${r}`)).join("; "),
          u.scopes.map((s) => `${s.kind}:${s.ref}`).join("; "),
          u.active ? t("common:yes") : t("common:no"),
          u.locale,
          u.createdAt.slice(0, 10),
        ]),
      ]);
    } catch (e) {
      toast.error(errorText(e, (k) => t(`common:${k}`)));
    } finally {
      setExporting(false);
    }
  };

  const anyFilter = Boolean(filters.q || filters.role || filters.active);
  return (
    <div className="page">
      <PageHeader
        title={t("users.title")}
        description={<p>{t("users.intro")}</p>}
        actions={
          <ButtonLink to="/app/gebruikers/nieuw" variant="primary">
            {t("users.new")}
          </ButtonLink>
        }
      />
      <FilterBar onReset={() => update({ q: undefined, role: undefined, active: undefined })} resetDisabled={!anyFilter}>
        <SearchBox label={t("users.search")} value={filters.q ?? ""} onSearch={(q) => update({ q })} />
        <FilterSelect label={t("users.role")} anyLabel={t("users.anyRole")} value={filters.role ?? ""} onChange={(role) => update({ role })} options={roleOptions} />
        <FilterSelect
          label={t("users.active")}
          anyLabel={t("users.anyStatus")}
          value={filters.active ?? ""}
          onChange={(active) => update({ active })}
          options={[
            { value: "true", label: t("users.activeOnly") },
            { value: "false", label: t("users.inactiveOnly") },
          ]}
        />
      </FilterBar>
      <div className="toolbar">
        <p className="toolbar__count" role="status">
          {query.data ? t("users.count", { count: query.data.total }) : ""}
        </p>
        <ExportLinks csv={() => void exportCsv()} />
      </div>
      <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      <DataTable
        caption={t("users.caption")}
        captionHidden
        columns={columns}
        rows={query.data?.items}
        rowKey={(u) => u.id}
        loading={query.isFetching}
        sort={{ key: sortKey, direction }}
        onSort={(key, dir) => update({ sort: dir === "desc" ? `-${key}` : key === "displayName" ? undefined : key })}
        emptyMessage={t("users.empty")}
      />
      {query.data ? <Pagination total={query.data.total} limit={LIMIT} offset={offset} onChange={(o) => update({ offset: o ? String(o) : undefined }, true)} /> : null}
    </div>
  );
}
