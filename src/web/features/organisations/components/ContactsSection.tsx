/**
 * The people at an organisation with their role, channels and the GDPR legal basis with its date.
 * Who may do what follows the server: staff read; administrators, account managers and the
 * entrepreneur of the organisation add and edit; administrators and account managers download one
 * person's data; administrators erase it (after a confirmation saying what stays in the audit).
 */
import { useState } from "react";
import type { ContactView } from "../../../../contracts/organisations";
import { useAuth } from "../../../app/auth";
import { Button } from "../../../components/Button";
import { DataTable, type Column } from "../../../components/DataTable";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Pill } from "../../../components/StatusBadge";
import { useToast } from "../../../components/Toast";
import { useFormat } from "../../../i18n/hooks";
import { downloadContactData, useContacts } from "../api";
import { useOrgT } from "../lib/format";
import { ContactForm } from "./ContactForm";
import { EraseContactDialog } from "./EraseContactDialog";
import { OrgActionError } from "./OrgActionError";

export function ContactsSection({ organisationId, organisationName, headingId, canEdit }: {
  organisationId: string;
  organisationName: string;
  headingId: string;
  /** Add and edit people (administrator, account manager, or the entrepreneur of this organisation). */
  canEdit: boolean;
}) {
  const { t } = useOrgT();
  const f = useFormat();
  const toast = useToast();
  const { hasRole } = useAuth();
  const canExport = hasRole("administrator", "account_manager");
  const canErase = hasRole("administrator");
  const query = useContacts(organisationId);
  const [editing, setEditing] = useState<ContactView | "new" | null>(null);
  const [erasing, setErasing] = useState<ContactView | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);

  const download = async (c: ContactView) => {
    setExportError(null);
    try {
      await downloadContactData(c);
      toast.success(t("contacts.exported"));
    } catch (e) {
      setExportError(e);
    }
  };

  const columns: Column<ContactView>[] = [
    {
      key: "name",
      header: t("contacts.col.name"),
      rowHeader: true,
      cell: (c) =>
        c.erased ? (
          <Pill tone="neutral">{t("contacts.erased", { date: f.date(c.erasedAt) })}</Pill>
        ) : (
          c.name
        ),
    },
    { key: "role", header: t("contacts.col.role"), cell: (c) => c.role ?? "" },
    {
      key: "channels",
      header: t("contacts.col.channels"),
      cell: (c) => (
        <ul className="org-plain-list">
          {c.email ? (
            <li>
              <a href={`mailto:${c.email}`}>{c.email}</a>
            </li>
          ) : null}
          {c.phone ? (
            <li>
              <a href={`tel:${c.phone.replace(/[^\d+]/g, "")}`}>{c.phone}</a>
            </li>
          ) : null}
          <li className="org-note">{t(`contacts.languageOptions.${c.language}`)}</li>
        </ul>
      ),
    },
    {
      key: "basis",
      header: t("contacts.col.basis"),
      cell: (c) => (
        <>
          {t(`contacts.legalBasisOptions.${c.legalBasis}`)}{" "}
          <span className="org-note">{t("contacts.since", { date: f.date(c.legalBasisDate) })}</span>
        </>
      ),
    },
  ];
  if (canEdit || canExport || canErase) {
    columns.push({
      key: "actions",
      header: t("contacts.col.actions"),
      cell: (c) =>
        c.erased ? null : (
          <div className="stack-inline">
            {canEdit ? (
              <Button size="small" onClick={() => setEditing(c)}>
                {t("contacts.edit")}
                <span className="visually-hidden"> ({c.name})</span>
              </Button>
            ) : null}
            {canExport ? (
              <Button size="small" onClick={() => void download(c)}>
                {t("contacts.export")}
                <span className="visually-hidden"> ({c.name})</span>
              </Button>
            ) : null}
            {canErase ? (
              <Button size="small" variant="danger" onClick={() => setErasing(c)}>
                {t("contacts.erase")}
                <span className="visually-hidden"> ({c.name})</span>
              </Button>
            ) : null}
          </div>
        ),
    });
  }

  return (
    <section className="card org-section" aria-labelledby={headingId}>
      <div className="org-section__head">
        <h2 id={headingId}>{t("contacts.title")}</h2>
        {canEdit && editing === null ? (
          <Button variant="primary" size="small" onClick={() => setEditing("new")}>
            {t("contacts.add")}
          </Button>
        ) : null}
      </div>
      <p className="org-note">{t("contacts.lead")}</p>
      {editing !== null ? (
        <ContactForm key={editing === "new" ? "new" : editing.id} organisationId={organisationId} contact={editing === "new" ? null : editing} onDone={() => setEditing(null)} />
      ) : null}
      <OrgActionError error={exportError} />
      {query.error ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <DataTable
          caption={t("contacts.caption", { name: organisationName })}
          captionHidden
          columns={columns}
          rows={query.data?.items}
          rowKey={(c) => c.id}
          loading={query.isFetching}
          emptyMessage={t("contacts.empty")}
        />
      )}
      <EraseContactDialog contact={erasing} onClose={() => setErasing(null)} />
    </section>
  );
}
