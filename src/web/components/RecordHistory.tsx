/**
 * RecordHistory: who changed a record, what and when (staff only; the server checks).
 *
 * <RecordHistory entity="user" entityId={user.id} />
 * <RecordHistory entity="indicator" entityId={id} headingLevel={3} title="Wijzigingen" />
 *
 * Fetches GET /api/audit/history/:entity/:entityId (query key ["audit", "history", entity,
 * entityId] — invalidate ["audit"] after a change) and lists the entries newest first: the
 * action in words, the time, the actor and a before→after table of the changed fields.
 */
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { AuditEntry } from "../../contracts/audit";
import { api } from "../app/api";
import { useFormat } from "../i18n/hooks";
import { ErrorMessage } from "./ErrorMessage";
import { Loading } from "./Loading";
import { RecordDiff } from "./RecordDiff";

export interface RecordHistoryProps {
  entity: string;
  entityId: string;
  title?: string;
  headingLevel?: 2 | 3;
  /** How many entries to show before "show all"; default 10. */
  initialCount?: number;
}

export function historyUrl(entity: string, entityId: string): string {
  return `/api/audit/history/${encodeURIComponent(entity)}/${encodeURIComponent(entityId)}`;
}

/** "user.update" → "Gebruiker gewijzigd" (audit:action.user.update), or the raw action. */
export function useActionLabel(): (action: string) => string {
  const { t } = useTranslation("audit");
  return (action) => t(`action.${action}`, { defaultValue: action });
}

export function RecordHistory({ entity, entityId, title, headingLevel = 2, initialCount = 10 }: RecordHistoryProps) {
  const { t } = useTranslation("common");
  const f = useFormat();
  const actionLabel = useActionLabel();
  const [all, setAll] = useState(false);
  const query = useQuery({
    queryKey: ["audit", "history", entity, entityId],
    queryFn: () => api.get<AuditEntry[]>(historyUrl(entity, entityId)),
  });
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const items = query.data ?? [];
  const shown = all ? items : items.slice(0, initialCount);
  return (
    <section className="record-history" aria-labelledby={`history-${entityId}`}>
      <Heading id={`history-${entityId}`}>{title ?? t("history.title")}</Heading>
      {query.isPending ? <Loading label={t("history.loading")} /> : null}
      <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      {query.isSuccess && !items.length ? <p className="muted">{t("history.empty")}</p> : null}
      {shown.length ? (
        <ol className="history-list">
          {shown.map((e) => (
            <li key={e.id} className="history-list__item">
              <p className="history-list__head">
                <strong>{actionLabel(e.action)}</strong>
                <span className="muted">
                  {" — "}
                  <time dateTime={e.at}>{f.dateTime(e.at)}</time> {t("history.by", { actor: e.actorLabel })}
                </span>
              </p>
              <RecordDiff before={e.before} after={e.after} />
            </li>
          ))}
        </ol>
      ) : null}
      {!all && items.length > initialCount ? (
        <button type="button" className="btn btn--ghost btn--small" onClick={() => setAll(true)}>
          {t("history.showAll", { count: items.length })}
        </button>
      ) : null}
    </section>
  );
}
