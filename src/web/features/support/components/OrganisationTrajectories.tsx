/**
 * An organisation's trajectories (every programme and status) and, for account managers and
 * administrators, "Traject openen". Used on /app/organisaties/:id and /app/mijn-organisatie.
 */
import { useState } from "react";
import { Link } from "react-router";
import type { TrajectoryListItem } from "../../../../contracts/support";
import { useAuth } from "../../../app/auth";
import { Button } from "../../../components/Button";
import { DataTable } from "../../../components/DataTable";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { useFormat } from "../../../i18n/hooks";
import { useTrajectories } from "../api";
import { localName, useSupT } from "../lib/format";
import { OpenTrajectoryForm } from "./OpenTrajectoryForm";
import { StatusPill } from "./StatusPill";

export function OrganisationTrajectories({ organisationId, organisationName, headingId, title }: { organisationId: string; organisationName: string; headingId: string; title?: string }) {
  const { t, locale } = useSupT();
  const f = useFormat();
  const { hasRole } = useAuth();
  const [opening, setOpening] = useState(false);
  const query = useTrajectories({ organisation: organisationId, limit: 200, sort: "-start_date" });
  const canOpen = hasRole("administrator", "account_manager");
  return (
    <section className="org-section" aria-labelledby={headingId}>
      <div className="sup-section-head">
        <h2 id={headingId}>{title ?? t("orgTrajectories.title")}</h2>
        {canOpen && !opening ? (
          <Button variant="primary" onClick={() => setOpening(true)}>
            {t("open.toggle")}
          </Button>
        ) : null}
      </div>
      {opening ? <OpenTrajectoryForm organisationId={organisationId} onCancel={() => setOpening(false)} /> : null}
      <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      <DataTable<TrajectoryListItem>
        caption={t("orgTrajectories.caption", { name: organisationName })}
        captionHidden
        rows={query.data?.items}
        loading={query.isFetching}
        rowKey={(r) => r.id}
        emptyMessage={t("orgTrajectories.empty")}
        columns={[
          {
            key: "programme",
            header: t("trajectory.programme"),
            rowHeader: true,
            cell: (r) => <Link to={`/app/ondersteuning/trajecten/${r.id}`}>{localName(r.programme, locale)}</Link>,
          },
          { key: "summary", header: t("trajectory.summary"), cell: (r) => r.summary || t("none") },
          { key: "stage", header: t("trajectory.stage"), cell: (r) => localName(r.stage, locale) },
          { key: "status", header: t("trajectory.status"), cell: (r) => <StatusPill status={r.status} /> },
          { key: "owner", header: t("trajectory.owner"), cell: (r) => r.owner?.displayName ?? t("noOwner") },
          { key: "start", header: t("trajectory.started"), cell: (r) => <time dateTime={r.startDate}>{f.date(r.startDate)}</time> },
        ]}
      />
    </section>
  );
}
