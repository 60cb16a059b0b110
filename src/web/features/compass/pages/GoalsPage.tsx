import { useState } from "react";
import { Link, useNavigate } from "react-router";
import type { GoalView, IndicatorSummary } from "../../../../contracts/compass";
import { Button } from "../../../components/Button";
import { PageHeader } from "../../../components/PageHeader";
import { useGoals, useIndicators } from "../api";
import { FormDialog } from "../components/FormDialog";
import { GoalForm } from "../components/GoalForm";
import { IndicatorForm } from "../components/IndicatorForm";
import { StatusPill } from "../components/StatusPill";
import { QueryState } from "../components/ui";
import { useCompassAccess } from "../lib/access";
import { goalSummary, goalTitle, indicatorName, useCompassT } from "../lib/format";
import { buildGoalTree, type GoalNode } from "../lib/tree";
import "../compass.css";

type Editor = { mode: "createGoal"; parent: GoalView | null } | { mode: "editGoal"; goal: GoalView } | { mode: "createIndicator"; goal: GoalView } | null;

/** /app/doelen — the statement's structure (chapter → objective → action) with owners, sections and indicators. */
export function GoalsPage() {
  const { t, locale } = useCompassT();
  const access = useCompassAccess();
  const navigate = useNavigate();
  const goals = useGoals();
  const indicators = useIndicators({}, locale);
  const [editor, setEditor] = useState<Editor>(null);
  const [notice, setNotice] = useState("");
  const byGoal = new Map<string, IndicatorSummary[]>();
  for (const ind of indicators.data ?? []) byGoal.set(ind.goalId, [...(byGoal.get(ind.goalId) ?? []), ind]);
  const tree = buildGoalTree(goals.data ?? []);
  const close = () => setEditor(null);

  const node = (n: GoalNode, depth: number) => {
    const g = n.goal;
    const H = (["h2", "h3", "h4"] as const)[Math.min(depth, 2)];
    const list = byGoal.get(g.id) ?? [];
    const name = `${g.code} ${goalTitle(g, locale)}`;
    return (
      <li key={g.id} className={`compass-tree__node compass-tree__node--${g.kind}`}>
        <div className="compass-tree__head">
          <H className="compass-tree__title">
            <span className="compass-tag">{t(`goalKind.${g.kind}`)}</span> {name}
          </H>
          <p className="compass-tree__meta">
            {g.owner ? <span>{t("goals.owner", { owner: g.owner })}</span> : null}
            <span>{t("goals.section", { section: g.section })}</span>
            <Link to={`/app?goal=${encodeURIComponent(g.code)}`}>
              {t("goals.showOnCompass")}
              <span className="visually-hidden">: {name}</span>
            </Link>
          </p>
          {goalSummary(g, locale) ? <p className="compass-tree__summary">{goalSummary(g, locale)}</p> : null}
          {access.canEdit ? (
            <div className="compass-actions compass-actions--small">
              <Button size="small" onClick={() => setEditor({ mode: "editGoal", goal: g })}>
                {t("goals.edit")}
                <span className="visually-hidden">: {name}</span>
              </Button>
              {g.kind !== "action" ? (
                <Button size="small" onClick={() => setEditor({ mode: "createGoal", parent: g })}>
                  {t(g.kind === "chapter" ? "goals.addObjective" : "goals.addAction")}
                  <span className="visually-hidden"> {t("goals.under", { name })}</span>
                </Button>
              ) : null}
              <Button size="small" onClick={() => setEditor({ mode: "createIndicator", goal: g })}>
                {t("goals.addIndicator")}
                <span className="visually-hidden"> {t("goals.under", { name })}</span>
              </Button>
            </div>
          ) : null}
        </div>
        {list.length ? (
          <ul className="compass-tree__indicators" aria-label={t("goals.indicatorsOf", { name })}>
            {list.map((ind) => (
              <li key={ind.id}>
                <Link to={`/app/indicatoren/${ind.id}`}>{indicatorName(ind, locale)}</Link> <StatusPill status={ind.status.status} size="small" />
                {!ind.published ? <span className="compass-tag">{t("published.no")}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {n.children.length ? <ul className="compass-tree__children">{n.children.map((c) => node(c, depth + 1))}</ul> : null}
      </li>
    );
  };

  return (
    <div className="compass-page">
      <PageHeader
        title={t("goals.title")}
        description={t("goals.lead")}
        back={{ to: "/app", label: t("nav.back") }}
        actions={
          access.canEdit ? (
            <Button variant="primary" onClick={() => setEditor({ mode: "createGoal", parent: null })}>
              {t("goals.addChapter")}
            </Button>
          ) : undefined
        }
      />
      <p role="status" className="compass-notice">
        {notice}
      </p>
      <QueryState isLoading={goals.isLoading} error={goals.error} onRetry={() => void goals.refetch()}>
        {tree.length === 0 ? <p className="compass-empty">{t("goals.empty")}</p> : <ul className="compass-tree">{tree.map((n) => node(n, 0))}</ul>}
      </QueryState>

      {editor?.mode === "createGoal" || editor?.mode === "editGoal" ? (
        <FormDialog
          wide
          title={
            editor.mode === "editGoal"
              ? t("goals.editTitle", { name: `${editor.goal.code} ${goalTitle(editor.goal, locale)}` })
              : editor.parent
                ? t("goals.createUnder", { name: `${editor.parent.code} ${goalTitle(editor.parent, locale)}` })
                : t("goals.createChapter")
          }
          onClose={close}
        >
          <GoalForm
            goal={editor.mode === "editGoal" ? editor.goal : null}
            parent={editor.mode === "createGoal" ? editor.parent : null}
            goals={goals.data ?? []}
            onCancel={close}
            onDone={(g) => {
              close();
              setNotice(t(editor.mode === "editGoal" ? "goals.saved" : "goals.created", { name: `${g.code} ${goalTitle(g, locale)}` }));
            }}
          />
        </FormDialog>
      ) : null}
      {editor?.mode === "createIndicator" ? (
        <FormDialog wide title={t("goals.createIndicatorFor", { name: `${editor.goal.code} ${goalTitle(editor.goal, locale)}` })} onClose={close}>
          <IndicatorForm indicator={null} goals={goals.data ?? []} goalCode={editor.goal.code} onCancel={close} onDone={(ind) => navigate(`/app/indicatoren/${ind.id}`)} />
        </FormDialog>
      ) : null}
    </div>
  );
}
