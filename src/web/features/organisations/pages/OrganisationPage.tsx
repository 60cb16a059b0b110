/**
 * /app/organisaties/:id — one organisation: identity, establishment units, NACE activities, size with the
 * SME class and its reasons, contact persons (GDPR), its trajectories (with "Traject openen" for account
 * managers), its timeline, and the change history for staff. Administrators and account managers edit the
 * profile here. An organisation the user may not see answers not found; a merged record's id redirects to
 * the record that survived, with a notice.
 */
import { useState } from "react";
import { Navigate, useLocation, useParams } from "react-router";
import { ApiError } from "../../../app/api";
import { useAuth } from "../../../app/auth";
import { NotFoundPage } from "../../../app/pages/NotFoundPage";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { RecordHistory } from "../../../components/RecordHistory";
import { Pill } from "../../../components/StatusBadge";
import { OrganisationTrajectories } from "../../support/components/OrganisationTrajectories";
import { Timeline } from "../../support/components/Timeline";
import "../../support/support.css";
import { useOrganisation } from "../api";
import { ActivitiesSection, EstablishmentsSection, IdentitySection, SizeSection } from "../components/ProfileSections";
import { Button } from "../../../components/Button";
import { ContactsSection } from "../components/ContactsSection";
import { ProfileEditForm } from "../components/ProfileEditForm";
import { SmePill } from "../components/SmePill";
import { formatEnterpriseNumber, useOrgT } from "../lib/format";
import "../organisations.css";

export function OrganisationPage() {
  const { id = "" } = useParams();
  const { t } = useOrgT();
  const { isStaff, hasRole, me } = useAuth();
  const query = useOrganisation(id);
  const org = query.data;
  const location = useLocation();
  const mergedFrom = (location.state as { mergedFrom?: string } | null)?.mergedFrom;
  const [editing, setEditing] = useState(false);
  const own = hasRole("entrepreneur") && (me?.scopes ?? []).some((s) => s.kind === "organisation" && s.ref === id);
  const staffEdits = hasRole("administrator", "account_manager");
  const canEdit = staffEdits || own;
  const readsContacts = own || hasRole("administrator", "account_manager", "policy_analyst", "grant_officer");

  if (!org) {
    if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) return <NotFoundPage inApp />;
    return (
      <div className="page org-page">
        <PageHeader title={query.isPending ? t("profile.loading") : t("profile.notFoundTitle")} back={{ to: "/app/organisaties", label: t("nav.backToList") }} />
        {query.isPending ? <Loading /> : <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      </div>
    );
  }

  if (org.mergedInto) return <Navigate to={`/app/organisaties/${org.mergedInto}`} replace state={{ mergedFrom: org.name }} />;

  const sections = [
    { id: "identiteit", label: t("profile.facts") },
    { id: "grootte", label: t("profile.size") },
    { id: "activiteiten", label: t("profile.activities") },
    { id: "vestigingen", label: t("profile.establishments") },
    ...(readsContacts ? [{ id: "contactpersonen", label: t("contacts.title") }] : []),
    { id: "trajecten", label: t("nav.trajectories") },
    { id: "tijdlijn", label: t("nav.timeline") },
    ...(isStaff ? [{ id: "geschiedenis", label: t("profile.history") }] : []),
  ];

  return (
    <div className="page org-page">
      <PageHeader
        title={org.name}
        back={hasRole("entrepreneur") && !isStaff ? { to: "/app/mijn-organisatie", label: t("nav.myOrganisation") } : { to: "/app/organisaties", label: t("nav.backToList") }}
        meta={
          <p className="stack-inline">
            <Pill tone="neutral">{t(`kind.${org.kind}`)}</Pill>
            {org.enterpriseNumber ? <span className="mono">{formatEnterpriseNumber(org.enterpriseNumber)}</span> : null}
            <SmePill value={org.sme.class} long />
          </p>
        }
        actions={
          canEdit && !editing ? (
            <Button onClick={() => setEditing(true)}>{t("edit.open")}</Button>
          ) : undefined
        }
      />
      {mergedFrom ? (
        <p className="alert org-info" role="status">
          {t("redirect.merged", { name: mergedFrom })}
        </p>
      ) : null}
      {editing ? <ProfileEditForm org={org} access={staffEdits ? "full" : "own"} onDone={() => setEditing(false)} /> : null}
      <nav aria-label={t("profile.onThisPage")} className="org-toc">
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="org-columns">
        <div id="identiteit">
          <IdentitySection org={org} headingId="identiteit-h" />
        </div>
        <div id="grootte">
          <SizeSection org={org} headingId="grootte-h" />
        </div>
      </div>
      <div id="activiteiten">
        <ActivitiesSection org={org} headingId="activiteiten-h" />
      </div>
      <div id="vestigingen">
        <EstablishmentsSection org={org} headingId="vestigingen-h" />
      </div>
      {readsContacts ? (
        <div id="contactpersonen">
          <ContactsSection organisationId={org.id} organisationName={org.name} headingId="contactpersonen-h" canEdit={canEdit} />
        </div>
      ) : null}
      <div id="trajecten">
        <OrganisationTrajectories organisationId={org.id} organisationName={org.name} headingId="trajecten-h" />
      </div>
      <div id="tijdlijn">
        <Timeline organisationId={org.id} headingId="tijdlijn-h" />
      </div>
      {isStaff ? (
        <div id="geschiedenis">
          <RecordHistory entity="organisation" entityId={org.id} title={t("profile.history")} headingLevel={2} />
        </div>
      ) : null}
    </div>
  );
}
