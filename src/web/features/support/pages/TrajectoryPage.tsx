/**
 * /app/ondersteuning/trajecten/:id — one trajectory: overview, the programme's stages with the current
 * one, stage history, interactions, tasks (staff), outcomes, ending it, and the change history (staff).
 * Account managers and administrators get the forms; entrepreneurs the limited view the server gives
 * (no internal notes, no confidential interactions, no tasks). Not visible answers not found.
 */
import { Link, useParams } from "react-router";
import { ApiError } from "../../../app/api";
import { useAuth } from "../../../app/auth";
import { NotFoundPage } from "../../../app/pages/NotFoundPage";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { RecordHistory } from "../../../components/RecordHistory";
import { Pill } from "../../../components/StatusBadge";
import { useFormat } from "../../../i18n/hooks";
import { useTrajectory } from "../api";
import { CloseForm } from "../components/CloseForm";
import { InteractionForm, InteractionList } from "../components/InteractionsSection";
import { OutcomeForm, OutcomeList, OutcomeTotals } from "../components/OutcomesSection";
import { MoveStageForm, StageHistory, StageProgress } from "../components/StageSection";
import { StatusPill } from "../components/StatusPill";
import { TaskForm, TaskList } from "../components/TasksSection";
import { localName, useSupT } from "../lib/format";
import "../../organisations/organisations.css";
import "../support.css";

export function TrajectoryPage() {
  const { id = "" } = useParams();
  const { t, locale } = useSupT();
  const f = useFormat();
  const { hasRole, isStaff } = useAuth();
  const query = useTrajectory(id);
  const d = query.data;

  if (!d) {
    if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage inApp />;
    return (
      <div className="page sup-page">
        <PageHeader title={query.isPending ? t("trajectory.loading") : t("trajectory.notFoundTitle")} back={{ to: "/app/ondersteuning", label: t("nav.backToProgrammes") }} />
        {query.isPending ? <Loading /> : <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      </div>
    );
  }

  const programme = localName(d.programme, locale);
  const staffView = d.view === "staff";
  const canEdit = hasRole("administrator", "account_manager") && staffView;
  const open = d.status === "open";
  const sections = [
    { id: "overzicht", label: t("trajectory.overview") },
    { id: "fasen", label: t("trajectory.history") },
    { id: "interacties", label: t("interactions.title") },
    ...(staffView ? [{ id: "taken", label: t("tasks.title") }] : []),
    { id: "resultaten", label: t("outcomes.title") },
    ...(canEdit && open ? [{ id: "beeindigen", label: t("trajectory.close") }] : []),
    ...(isStaff ? [{ id: "geschiedenis", label: t("trajectory.history2") }] : []),
  ];
  const back = isStaff || hasRole("municipality")
    ? { to: `/app/ondersteuning/${d.programme.code}`, label: t("nav.backToBoard", { programme }) }
    : { to: "/app/mijn-organisatie", label: t("nav.backToMine") };

  return (
    <div className="page sup-page">
      <PageHeader
        title={t("trajectory.title", { organisation: d.organisation.name, programme })}
        back={back}
        meta={
          <p className="stack-inline">
            <StatusPill status={d.status} />
            <Pill tone="info">{localName(d.stage, locale)}</Pill>
          </p>
        }
      />
      {!staffView ? <p className="alert org-info">{t("trajectory.limitedView")}</p> : null}
      {!open ? (
        <p className="alert org-info">{t("trajectory.closedNotice", { status: t(`status.${d.status}`).toLowerCase(), date: f.date(d.closedDate) })}</p>
      ) : null}
      <nav aria-label={t("trajectory.onThisPage")} className="org-toc">
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="overzicht" className="card org-section" aria-labelledby="overzicht-h">
        <h2 id="overzicht-h">{t("trajectory.overview")}</h2>
        <dl className="org-facts">
          <div className="org-facts__item">
            <dt>{t("trajectory.organisation")}</dt>
            <dd>
              <Link to={isStaff || hasRole("municipality") ? `/app/organisaties/${d.organisation.id}` : "/app/mijn-organisatie"}>{d.organisation.name}</Link>
            </dd>
          </div>
          <div className="org-facts__item">
            <dt>{t("trajectory.programme")}</dt>
            <dd>{isStaff ? <Link to={`/app/ondersteuning/${d.programme.code}`}>{programme}</Link> : programme}</dd>
          </div>
          <div className="org-facts__item">
            <dt>{t("trajectory.summary")}</dt>
            <dd>{d.summary || t("none")}</dd>
          </div>
          <div className="org-facts__item">
            <dt>{t("trajectory.owner")}</dt>
            <dd>{d.owner?.displayName ?? t("noOwner")}</dd>
          </div>
          <div className="org-facts__item">
            <dt>{t("trajectory.started")}</dt>
            <dd>
              <time dateTime={d.startDate}>{f.date(d.startDate)}</time>
            </dd>
          </div>
          {d.closedDate ? (
            <div className="org-facts__item">
              <dt>{t("trajectory.closedOn")}</dt>
              <dd>
                <time dateTime={d.closedDate}>{f.date(d.closedDate)}</time>
              </dd>
            </div>
          ) : null}
          {d.closeReason ? (
            <div className="org-facts__item">
              <dt>{t("trajectory.closeReason")}</dt>
              <dd>{d.closeReason}</dd>
            </div>
          ) : null}
          {d.notes ? (
            <div className="org-facts__item org-facts__item--wide">
              <dt>{t("trajectory.notes")}</dt>
              <dd className="sup-pre">{d.notes}</dd>
            </div>
          ) : null}
        </dl>
        <h3>{t("trajectory.progress")}</h3>
        <StageProgress detail={d} />
      </section>

      <section id="fasen" className="org-section" aria-labelledby="fasen-h">
        <h2 id="fasen-h">{t("trajectory.history")}</h2>
        {canEdit && open ? <MoveStageForm detail={d} /> : null}
        <StageHistory detail={d} />
      </section>

      <section id="interacties" className="org-section" aria-labelledby="interacties-h">
        <h2 id="interacties-h">{t("interactions.title")}</h2>
        <InteractionList detail={d} />
        {canEdit && open ? <InteractionForm trajectoryId={d.id} /> : null}
      </section>

      {staffView ? (
        <section id="taken" className="org-section" aria-labelledby="taken-h">
          <h2 id="taken-h">{t("tasks.title")}</h2>
          <TaskList detail={d} canEdit={canEdit && open} />
          {canEdit && open ? <TaskForm trajectoryId={d.id} /> : null}
        </section>
      ) : null}

      <section id="resultaten" className="org-section" aria-labelledby="resultaten-h">
        <h2 id="resultaten-h">{t("outcomes.title")}</h2>
        <h3>{t("outcomes.totals")}</h3>
        <OutcomeTotals detail={d} />
        <OutcomeList detail={d} />
        {canEdit && open ? <OutcomeForm detail={d} /> : null}
      </section>

      {canEdit && open ? (
        <section id="beeindigen" className="org-section" aria-labelledby="beeindigen-h">
          <h2 id="beeindigen-h">{t("trajectory.close")}</h2>
          <CloseForm detail={d} labelledBy="beeindigen-h" />
        </section>
      ) : null}

      {isStaff ? (
        <div id="geschiedenis">
          <RecordHistory entity="trajectory" entityId={d.id} title={t("trajectory.history2")} headingLevel={2} />
        </div>
      ) : null}
    </div>
  );
}
