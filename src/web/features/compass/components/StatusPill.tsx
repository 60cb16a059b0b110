import type { Status } from "../../../../contracts/compass";
import { StatusBadge } from "../../../components/StatusBadge";
import { useCompassT } from "../lib/format";

/** The status as icon + words (compass wording); the colour only repeats what the words say. */
export function StatusPill({ status, size }: { status: Status; size?: "normal" | "small" }) {
  const { t } = useCompassT();
  return <StatusBadge status={status} label={t(`status.${status}`)} size={size} />;
}
