/**
 * /app/mijn-organisatie — the entrepreneur's own organisation (the organisation scope of their account):
 * profile, SME class with its reasons, the contact persons, and the trajectories and timeline in the
 * limited view (no confidential notes, no internal notes). The entrepreneur edits the description,
 * website and figures, and adds and edits the organisation's contact persons; the server refuses every
 * other organisation and field.
 */
import { useState } from "react";
import { Link } from "react-router";
import { ApiError } from "../../../app/api";
import { useAuth } from "../../../app/auth";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { Button } from "../../../components/Button";
import { ContactsSection } from "../components/ContactsSection";
import { ProfileEditForm } from "../components/ProfileEditForm";
import { SmePill } from "../components/SmePill";
import { OrganisationTrajectories } from "../../support/components/OrganisationTrajectories";
import { Timeline } from "../../support/components/Timeline";
import "../../support/support.css";
import { useOrganisation } from "../api";
import { ActivitiesSection, EstablishmentsSection, IdentitySection, SizeSection } from "../components/ProfileSections";
import { useOrgT } from "../lib/format";
import "../organisations.css";

export function MyOrganisationPage() {
  const { t } = useOrgT();
  const { me } = useAuth();
  const ids = (me?.scopes ?? []).filter((s) => s.kind === "organisation").map((s) => s.ref);
  const first = ids[0] ?? "";
  const query = useOrganisation(first, ids.length === 1);
  const org = query.data;
  const [editing, setEditing] = useState(false);

  if (ids.length !== 1) {
    return (
      <div className="page org-page">
        <PageHeader title={t("mine.title")} description={<p>{t("mine.lead")}</p>} />
        {ids.length === 0 ? (
          <p className="alert org-info">{t("mine.none")}</p>
        ) : (
          <MyOrganisationList ids={ids} />
        )}
      </div>
    );
  }

  return (
    <div className="page org-page">
      <PageHeader
        title={org ? `${t("mine.title")}: ${org.name}` : t("mine.title")}
        description={<p>{t("mine.lead")}</p>}
        meta={org ? <p className="stack-inline"><SmePill value={org.sme.class} long /></p> : undefined}
        actions={org && !editing ? <Button onClick={() => setEditing(true)}>{t("edit.open")}</Button> : undefined}
      />
      {!org ? (
        query.isPending ? (
          <Loading />
        ) : (
          <ErrorMessage error={query.error} onRetry={query.error instanceof ApiError && query.error.status === 404 ? undefined : () => void query.refetch()} />
        )
      ) : (
        <>
          <p className="alert org-info">{t("mine.readOnly")}</p>
          {editing ? <ProfileEditForm org={org} access="own" onDone={() => setEditing(false)} /> : null}
          <div className="org-columns">
            <IdentitySection org={org} headingId="mine-identity" />
            <SizeSection org={org} headingId="mine-size" />
          </div>
          <ActivitiesSection org={org} headingId="mine-activities" />
          <EstablishmentsSection org={org} headingId="mine-establishments" />
          <ContactsSection organisationId={org.id} organisationName={org.name} headingId="mine-contacts" canEdit />
          <OrganisationTrajectories organisationId={org.id} organisationName={org.name} headingId="mine-trajectories" title={t("mine.trajectories")} />
          <Timeline organisationId={org.id} headingId="mine-timeline" />
        </>
      )}
    </div>
  );
}

function MyOrganisationList({ ids }: { ids: string[] }) {
  const { t } = useOrgT();
  return (
    <>
      <p>{t("mine.several")}</p>
      <ul>
        {ids.map((id) => (
          <MyOrganisationLink key={id} id={id} />
        ))}
      </ul>
    </>
  );
}

function MyOrganisationLink({ id }: { id: string }) {
  const query = useOrganisation(id);
  return <li>{query.data ? <Link to={`/app/organisaties/${id}`}>{query.data.name}</Link> : <Loading />}</li>;
}
