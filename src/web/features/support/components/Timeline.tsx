/**
 * Everything that happened with one organisation across the programmes, newest first
 * (GET /api/support/organisations/:id/timeline). Entrepreneurs get the limited view from the server:
 * no confidential interactions, no tasks, no staff names.
 */
import { useState } from "react";
import { Link } from "react-router";
import type { TimelineEntry } from "../../../../contracts/support";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";
import { Pill } from "../../../components/StatusBadge";
import { useFormat } from "../../../i18n/hooks";
import { useTimeline } from "../api";
import { localName, useSupT } from "../lib/format";

export function Timeline({ organisationId, headingId, limit = 30 }: { organisationId: string; headingId: string; limit?: number }) {
  const { t, locale } = useSupT();
  const f = useFormat();
  const query = useTimeline(organisationId);
  const [all, setAll] = useState(false);

  const value = (e: TimelineEntry) => {
    if (!e.outcome) return "";
    if (e.outcome.field === "ai_in_use") return e.outcome.value >= 1 ? t("yes") : t("no");
    if (e.outcome.field === "investment_eur") return f.euro(e.outcome.value);
    return f.number(e.outcome.value);
  };
  const headline = (e: TimelineEntry) => {
    const programme = localName(e.programme, locale);
    switch (e.kind) {
      case "trajectory_opened":
        return t("timeline.trajectory_opened", { programme, stage: localName(e.stage, locale) });
      case "stage_moved":
        return t("timeline.stage_moved", { programme, from: localName(e.fromStage, locale) || t("none"), stage: localName(e.stage, locale) });
      case "interaction":
        return t("timeline.interaction", { programme, kind: e.interaction ? t(`interactionKind.${e.interaction.kind}`) : "" });
      case "task_added":
        return t("timeline.task_added", { programme, title: e.task?.title ?? "", due: f.date(e.task?.dueDate) });
      case "task_completed":
        return t("timeline.task_completed", { programme, title: e.task?.title ?? "" });
      case "outcome":
        return t("timeline.outcome", { programme, field: e.outcome ? t(`outcome.${e.outcome.field}`) : "", value: value(e) });
      case "trajectory_closed":
        return t("timeline.trajectory_closed", { programme, status: e.status ? t(`status.${e.status}`).toLowerCase() : "" });
      default:
        return programme;
    }
  };

  const allEntries = query.data?.entries ?? [];
  const entries = all ? allEntries : allEntries.slice(0, limit);
  return (
    <section className="org-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("timeline.title")}</h2>
      {query.isPending ? <Loading /> : null}
      <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      {query.isSuccess && !entries.length ? <p className="muted">{t("timeline.empty")}</p> : null}
      {entries.length ? (
        <ol className="sup-timeline">
          {entries.map((e, i) => (
            <li key={`${e.recordedAt}-${e.kind}-${i}`} className="sup-timeline__item">
              <p className="sup-timeline__head">
                <time dateTime={e.date}>{f.date(e.date)}</time>
                <span className="sup-timeline__what">{headline(e)}</span>
                {e.interaction?.confidential ? <Pill tone="negative">{t("confidential")}</Pill> : null}
              </p>
              {e.interaction?.people ? <p className="sup-timeline__detail">{e.interaction.people}</p> : null}
              {e.interaction?.notes ? <p className="sup-timeline__detail">{e.interaction.notes}</p> : null}
              {e.note ? <p className="sup-timeline__detail">{e.note}</p> : null}
              <p className="sup-timeline__meta muted small">
                {e.actor ? `${t("timeline.by", { who: e.actor })} · ` : ""}
                <Link to={`/app/ondersteuning/trajecten/${e.trajectoryId}`}>{t("timeline.toTrajectory")}</Link>
              </p>
            </li>
          ))}
        </ol>
      ) : null}
      {!all && allEntries.length > limit ? (
        <button type="button" className="btn btn--ghost btn--small" onClick={() => setAll(true)}>
          {t("timeline.showAll", { count: allEntries.length })}
        </button>
      ) : null}
    </section>
  );
}
