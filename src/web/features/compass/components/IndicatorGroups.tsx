import type { GoalView, IndicatorSummary } from "../../../../contracts/compass";
import { goalSummary, goalTitle, useCompassT } from "../lib/format";
import { goalPath, groupByChapter } from "../lib/tree";
import { IndicatorCard } from "./IndicatorCard";

/**
 * Indicators as cards: grouped chapter → objective when ordered by position, otherwise one list in the
 * chosen order with each card naming its goal.
 */
export function IndicatorGroups({
  goals,
  indicators,
  hrefFor,
  grouped,
  showFlags = false,
  showSummaries = false,
}: {
  goals: GoalView[];
  indicators: IndicatorSummary[];
  hrefFor: (ind: IndicatorSummary) => string;
  grouped: boolean;
  showFlags?: boolean;
  showSummaries?: boolean;
}) {
  const { t, locale } = useCompassT();
  const label = (g: GoalView) => `${g.code} ${goalTitle(g, locale)}`;

  if (!grouped) {
    return (
      <section aria-labelledby="compass-results">
        <h2 id="compass-results">{t("dashboard.results", { count: indicators.length })}</h2>
        <ul className="compass-cards">
          {indicators.map((ind) => {
            const path = goalPath(goals, ind.goalId);
            return (
              <li key={ind.id}>
                <IndicatorCard indicator={ind} href={hrefFor(ind)} headingLevel={3} showFlags={showFlags} context={path.map(label).join(" › ")} />
              </li>
            );
          })}
        </ul>
      </section>
    );
  }

  const groups = groupByChapter(goals, indicators);
  return (
    <>
      {groups.map((group) => {
        const chapterId = `chapter-${group.chapter?.code ?? "other"}`;
        return (
          <section key={group.chapter?.id ?? "other"} className="compass-chapter" aria-labelledby={chapterId}>
            <h2 id={chapterId}>{group.chapter ? label(group.chapter) : t("dashboard.otherGoals")}</h2>
            {showSummaries && group.chapter && goalSummary(group.chapter, locale) ? <p className="compass-goal-summary">{goalSummary(group.chapter, locale)}</p> : null}
            {group.objectives.map(({ objective, items }) => (
              <div key={objective?.id ?? "chapter"} className="compass-objective">
                {objective ? <h3>{label(objective)}</h3> : null}
                {showSummaries && objective && goalSummary(objective, locale) ? <p className="compass-goal-summary">{goalSummary(objective, locale)}</p> : null}
                <ul className="compass-cards">
                  {items.map((ind) => {
                    const path = goalPath(goals, ind.goalId);
                    const action = path.find((g) => g.kind === "action");
                    return (
                      <li key={ind.id}>
                        <IndicatorCard indicator={ind} href={hrefFor(ind)} headingLevel={objective ? 4 : 3} showFlags={showFlags} context={action ? label(action) : undefined} />
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </>
  );
}
