import type { SmeClass } from "../../../../contracts/organisations";
import { Pill } from "../../../components/StatusBadge";
import { useOrgT } from "../lib/format";

/** The SME class in words (never colour alone): micro, small and medium are SMEs. */
export function SmePill({ value, long = false }: { value: SmeClass | string; long?: boolean }) {
  const { t } = useOrgT();
  const known = ["micro", "small", "medium", "large", "unknown"].includes(value) ? value : "unknown";
  const tone = known === "unknown" ? "neutral" : known === "large" ? "neutral" : "info";
  return <Pill tone={tone}>{t(long ? `sme.${known}` : `smeShort.${known}`)}</Pill>;
}
