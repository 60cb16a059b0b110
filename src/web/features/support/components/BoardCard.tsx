/**
 * One trajectory on a programme's board: organisation, subject, owner, days in the current stage, open
 * tasks, and — for account managers and administrators — "Verplaats naar…": a labelled select with the
 * programme's other stages and the two ways to end the trajectory, applied with the button next to it
 * (keyboard and screen-reader friendly; nothing moves on a mere change of the select).
 */
import { useEffect, useId, useRef, useState } from "react";
import { Link } from "react-router";
import type { StageView, TrajectoryListItem } from "../../../../contracts/support";
import { Button } from "../../../components/Button";
import { useFormat } from "../../../i18n/hooks";
import { SmePill } from "../../organisations/components/SmePill";
import { daysBetween, localName, todayIso, useSupT } from "../lib/format";

export type MoveChoice = { kind: "stage"; stage: StageView } | { kind: "close"; status: "closed" | "abandoned" };

export interface BoardCardProps {
  item: TrajectoryListItem;
  stages: StageView[];
  canMove: boolean;
  busy: boolean;
  focus: boolean;
  onFocused: () => void;
  onMove: (item: TrajectoryListItem, choice: MoveChoice) => void;
}

export function BoardCard({ item, stages, canMove, busy, focus, onFocused, onMove }: BoardCardProps) {
  const { t, locale } = useSupT();
  const f = useFormat();
  const id = useId();
  const [choice, setChoice] = useState("");
  const link = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    if (!focus) return;
    link.current?.focus();
    onFocused();
  }, [focus, onFocused]);

  const since = item.stageSince;
  const days = daysBetween(since, todayIso());
  const others = stages.filter((s) => s.code !== item.stage.code);
  const apply = () => {
    if (!choice) return;
    if (choice === "@closed" || choice === "@abandoned") onMove(item, { kind: "close", status: choice === "@closed" ? "closed" : "abandoned" });
    else {
      const stage = stages.find((s) => s.code === choice);
      if (stage) onMove(item, { kind: "stage", stage });
    }
  };

  return (
    <li className="sup-card">
      <article aria-labelledby={`${id}-name`}>
        <h3 className="sup-card__name" id={`${id}-name`}>
          <Link ref={link} to={`/app/ondersteuning/trajecten/${item.id}`}>
            {item.organisation.name}
          </Link>
        </h3>
        {item.summary ? <p className="sup-card__summary">{item.summary}</p> : null}
        <ul className="sup-card__facts">
          <li>{item.owner ? t("board.owner_label", { name: item.owner.displayName }) : t("noOwner")}</li>
          <li>
            {t("board.days", { count: days })} ({t("board.since", { date: f.date(since) })})
          </li>
          {item.openTasks ? <li>{t("board.openTasks", { count: item.openTasks })}</li> : null}
          <li>
            <SmePill value={item.organisation.smeClass} />
          </li>
        </ul>
        {canMove && item.status === "open" ? (
          <div className="sup-card__move">
            <label className="field__label" htmlFor={`${id}-move`}>
              {t("board.moveLabel")}
              <span className="visually-hidden"> ({item.organisation.name})</span>
            </label>
            <div className="sup-card__move-row">
              <select id={`${id}-move`} className="input select" value={choice} onChange={(e) => setChoice(e.target.value)} disabled={busy}>
                <option value="">{t("board.moveChoose")}</option>
                <optgroup label={t("board.moveStages")}>
                  {others.map((s) => (
                    <option key={s.code} value={s.code}>
                      {localName(s, locale)}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t("board.moveEnd")}>
                  <option value="@closed">{t("board.closeOption")}</option>
                  <option value="@abandoned">{t("board.abandonOption")}</option>
                </optgroup>
              </select>
              <Button size="small" onClick={apply} disabled={!choice} busy={busy}>
                {t("board.moveButton")}
                <span className="visually-hidden"> {item.organisation.name}</span>
              </Button>
            </div>
          </div>
        ) : null}
      </article>
    </li>
  );
}
