/**
 * /app/ondersteuning/:programmeCode — a programme's board: one column per stage, a card per trajectory.
 * Account managers move a card with "Verplaats naar…" on the card; ending a trajectory (closed or
 * abandoned) asks for confirmation first. Filters (organisation, owner, status) live in the URL.
 */
import { useCallback, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import { ApiError } from "../../../app/api";
import { useAuth } from "../../../app/auth";
import { NotFoundPage } from "../../../app/pages/NotFoundPage";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { FilterBar, FilterSelect } from "../../../components/FilterBar";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { SearchBox } from "../../../components/SearchBox";
import { useToast } from "../../../components/Toast";
import { TrajectoryStatus, type TrajectoryListItem } from "../../../../contracts/support";
import { useBoard, useCloseTrajectory, useMoveStage, type BoardFilters } from "../api";
import { ActionError } from "../components/ActionError";
import { BoardCard, type MoveChoice } from "../components/BoardCard";
import { localName, useSupT } from "../lib/format";
import "../support.css";

export function BoardPage() {
  const { programmeCode = "" } = useParams();
  const { t, locale } = useSupT();
  const { hasRole } = useAuth();
  const toast = useToast();
  const [params, setParams] = useSearchParams();
  const status = TrajectoryStatus.safeParse(params.get("status")).success ? (params.get("status") as TrajectoryStatus) : "open";
  const filters: BoardFilters = { q: params.get("q") || undefined, owner: params.get("owner") === "me" ? "me" : undefined, status };
  const query = useBoard(programmeCode, filters);
  const move = useMoveStage();
  const close = useCloseTrajectory();
  const [focusId, setFocusId] = useState<string | null>(null);
  const [ending, setEnding] = useState<{ item: TrajectoryListItem; status: "closed" | "abandoned" } | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const clearFocus = useCallback(() => setFocusId(null), []);
  const canMove = hasRole("administrator", "account_manager");

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  const onMove = (item: TrajectoryListItem, choice: MoveChoice) => {
    setFailed(null);
    if (choice.kind === "close") {
      close.reset();
      setEnding({ item, status: choice.status });
      return;
    }
    move.mutate(
      { id: item.id, stageCode: choice.stage.code },
      {
        onSuccess: () => {
          toast.success(t("board.moved", { organisation: item.organisation.name, stage: localName(choice.stage, locale) }));
          setFocusId(item.id);
        },
        onError: (e) => setFailed(e),
      },
    );
  };

  const confirmEnd = () => {
    if (!ending) return;
    const { item, status: to } = ending;
    close.mutate(
      { id: item.id, status: to },
      {
        onSuccess: () => {
          setEnding(null);
          toast.success(t(to === "closed" ? "board.closed" : "board.abandoned", { organisation: item.organisation.name }));
          requestAnimationFrame(() => document.querySelector<HTMLElement>(".page-title")?.focus());
        },
      },
    );
  };

  const board = query.data;
  if (!board) {
    if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage inApp />;
    return (
      <div className="page sup-page">
        <PageHeader title={query.isPending ? t("trajectory.loading") : t("programmes.title")} back={{ to: "/app/ondersteuning", label: t("nav.backToProgrammes") }} />
        {query.isPending ? <Loading /> : <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      </div>
    );
  }

  const name = localName(board.programme, locale);
  const busyId = move.isPending ? move.variables?.id : close.isPending ? close.variables?.id : undefined;
  return (
    <div className="page sup-page sup-page--wide">
      <PageHeader title={name} description={<p>{t("board.lead")}</p>} back={{ to: "/app/ondersteuning", label: t("nav.backToProgrammes") }} />
      <FilterBar label={t("board.filters")} onReset={() => setParams(new URLSearchParams(), { replace: true })} resetDisabled={!params.toString()}>
        <SearchBox label={t("board.search")} value={filters.q ?? ""} onSearch={(q) => update({ q: q || undefined })} />
        <FilterSelect label={t("board.owner")} anyLabel={t("board.ownerAll")} value={filters.owner ?? ""} onChange={(owner) => update({ owner })} options={[{ value: "me", label: t("board.ownerMe") }]} />
        <FilterSelect
          label={t("board.status")}
          anyLabel={t("status.open")}
          value={status === "open" ? "" : status}
          onChange={(s) => update({ status: s || undefined })}
          options={(["closed", "abandoned"] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      </FilterBar>
      {failed ? <ActionError error={failed} /> : null}
      <div className="sup-board" role="region" aria-label={t("board.columns", { programme: name })} tabIndex={0} aria-busy={query.isFetching || undefined}>
        {board.columns.map((col) => (
          <section key={col.stage.code} className={["sup-column", col.stage.success ? "sup-column--success" : ""].filter(Boolean).join(" ")} aria-labelledby={`col-${col.stage.code}`}>
            <h2 className="sup-column__title" id={`col-${col.stage.code}`} tabIndex={-1}>
              {localName(col.stage, locale)}
              {col.stage.success ? <span className="sup-success"> ({t("board.successStage")})</span> : null}{" "}
              <span className="sup-column__count">{t("board.count", { count: col.total })}</span>
            </h2>
            {col.items.length ? (
              <ul className="sup-cards">
                {col.items.map((item) => (
                  <BoardCard
                    key={item.id}
                    item={item}
                    stages={board.programme.stages}
                    canMove={canMove}
                    busy={busyId === item.id}
                    focus={focusId === item.id && item.stage.code === col.stage.code && !query.isFetching}
                    onFocused={clearFocus}
                    onMove={onMove}
                  />
                ))}
              </ul>
            ) : (
              <p className="sup-column__empty">{t("board.columnEmpty")}</p>
            )}
            {col.total > col.items.length ? <p className="muted small">{t("board.more", { count: col.total - col.items.length })}</p> : null}
          </section>
        ))}
      </div>
      <ConfirmDialog
        open={ending !== null}
        title={ending ? t(ending.status === "closed" ? "board.confirmCloseTitle" : "board.confirmAbandonTitle", { organisation: ending.item.organisation.name }) : ""}
        confirmLabel={ending?.status === "abandoned" ? t("board.confirmAbandon") : t("board.confirmClose")}
        destructive
        busy={close.isPending}
        error={close.error ? <ActionError error={close.error} /> : null}
        onConfirm={confirmEnd}
        onCancel={() => setEnding(null)}
      >
        <p>{ending ? t("board.confirmCloseBody", { stage: localName(ending.item.stage, locale) }) : null}</p>
      </ConfirmDialog>
    </div>
  );
}
