import type { TrajectoryStatus } from "../../../../contracts/support";
import { Pill } from "../../../components/StatusBadge";
import { useSupT } from "../lib/format";

/** A trajectory's status as icon and word (never colour alone). */
export function StatusPill({ status }: { status: TrajectoryStatus }) {
  const { t } = useSupT();
  const tone = status === "open" ? "info" : status === "closed" ? "positive" : "neutral";
  return (
    <Pill tone={tone}>
      <span aria-hidden="true">{t(`statusIcon.${status}`)}</span>
      {t(`status.${status}`)}
    </Pill>
  );
}
