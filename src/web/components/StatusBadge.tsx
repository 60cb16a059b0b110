/**
 * StatusBadge: an indicator status as colour AND icon AND text (never colour alone).
 *
 * <StatusBadge status="at_risk" />             // "! Risico"
 * <StatusBadge status="on_track" label="…" />  // custom text, same colour and icon
 *
 * Text colours are chosen for at least 4.5:1 contrast on their background (see app.css).
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Status } from "../../contracts/compass";

export const STATUS_ICON: Record<Status, string> = {
  on_track: "✓",
  at_risk: "!",
  off_track: "✕",
  achieved: "★",
  monitored: "◌",
  no_data: "–",
};

export interface StatusBadgeProps {
  status: Status;
  label?: string;
  size?: "normal" | "small";
}

export function StatusBadge({ status, label, size = "normal" }: StatusBadgeProps) {
  const { t } = useTranslation("common");
  return (
    <span className={`badge badge--${status}${size === "small" ? " badge--small" : ""}`}>
      <span className="badge__icon" aria-hidden="true">
        {STATUS_ICON[status]}
      </span>
      {label ?? t(`status.${status}`)}
    </span>
  );
}

/** A neutral or coloured pill for other states (active/inactive, roles). */
export function Pill({ tone = "neutral", children }: { tone?: "neutral" | "positive" | "negative" | "info"; children: ReactNode }) {
  return <span className={`pill pill--${tone}`}>{children}</span>;
}
