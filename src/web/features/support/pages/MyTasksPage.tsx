/** /app/mijn-taken — the signed-in staff member's open follow-up tasks across trajectories, overdue first. */
import { Link } from "react-router";
import type { MyTask } from "../../../../contracts/support";
import { DataTable } from "../../../components/DataTable";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { PageHeader } from "../../../components/PageHeader";
import { useMyTasks } from "../api";
import { TaskDue, TaskToggle } from "../components/TasksSection";
import { localName, useSupT } from "../lib/format";
import "../support.css";

export function MyTasksPage() {
  const { t, locale } = useSupT();
  const query = useMyTasks();
  const items = query.data?.items ?? [];
  const overdue = items.filter((k) => k.overdue).length;
  return (
    <div className="page sup-page">
      <PageHeader title={t("myTasks.title")} description={<p>{t("myTasks.lead")}</p>} />
      <p className="toolbar__count" role="status">
        {query.data ? t("myTasks.count", { count: items.length, overdue }) : ""}
      </p>
      <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      <DataTable<MyTask>
        caption={t("myTasks.caption")}
        captionHidden
        rows={query.data?.items}
        loading={query.isFetching}
        rowKey={(k) => k.id}
        emptyMessage={t("myTasks.empty")}
        columns={[
          { key: "title", header: t("myTasks.col.title"), rowHeader: true, cell: (k) => <Link to={`/app/ondersteuning/trajecten/${k.trajectory.id}`}>{k.title}</Link> },
          { key: "due", header: t("myTasks.col.due"), cell: (k) => <TaskDue task={k} /> },
          { key: "organisation", header: t("myTasks.col.organisation"), cell: (k) => <Link to={`/app/organisaties/${k.trajectory.organisation.id}`}>{k.trajectory.organisation.name}</Link> },
          { key: "programme", header: t("myTasks.col.programme"), cell: (k) => localName(k.trajectory.programme, locale) },
          { key: "action", header: t("myTasks.col.action"), cell: (k) => <TaskToggle task={k} /> },
        ]}
      />
    </div>
  );
}
