/** /app/subsidies/beoordelingen — the reviewer's assigned applications: call, reference and participants only. */
import { Link } from "react-router";
import type { InboxItem } from "../../../../contracts/grants-decisions";
import { DataTable } from "../../../components/DataTable";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { PageHeader } from "../../../components/PageHeader";
import { useInbox } from "../decisions-api";
import { useDecT } from "../lib/decisions-format";

export function ReviewInboxPage() {
  const { t, f, en } = useDecT();
  const inbox = useInbox();
  return (
    <div className="page">
      <PageHeader title={t("inbox.title")} description={<p>{t("inbox.lead")}</p>} />
      <ErrorMessage error={inbox.error} onRetry={() => void inbox.refetch()} />
      <DataTable<InboxItem>
        caption={t("inbox.caption")}
        captionHidden
        rows={inbox.data}
        loading={inbox.isFetching}
        rowKey={(i) => i.assignmentId}
        emptyMessage={t("inbox.empty")}
        columns={[
          { key: "reference", header: t("inbox.col.reference"), rowHeader: true, cell: (i) => <Link to={`/app/subsidies/beoordelingen/${i.assignmentId}`}>{i.reference}</Link> },
          { key: "call", header: t("inbox.col.call"), cell: (i) => (en ? i.callNameEn : i.callNameNl) },
          { key: "participants", header: t("inbox.col.participants"), cell: (i) => i.participants.map((p) => `${p.name} (${t(`role.${p.role}`)})`).join(", ") },
          { key: "status", header: t("inbox.col.status"), cell: (i) => t(`assignment.${i.status}`) },
          { key: "assigned", header: t("inbox.col.assigned"), cell: (i) => f.date(i.assignedAt) },
        ]}
      />
    </div>
  );
}
