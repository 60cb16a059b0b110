/** Small presentational pieces of the space screens. */
import type { ReactNode } from "react";
import { ApiError } from "../../../../app/api";
import { useTranslation } from "react-i18next";
import { ErrorMessage, errorText } from "../../../../components/ErrorMessage";
import { AVAILABILITY_COLOURS } from "./SupplyMap";
import { supplyDetail, useSupplyT } from "../i18n";

export function AvailabilityBadge({ value }: { value: string }) {
  const { t } = useSupplyT();
  return (
    <span className="supply-badge">
      <span aria-hidden="true" style={{ color: AVAILABILITY_COLOURS[value] ?? "#999" }}>■ </span>
      {t(`availability.${value}` as never)}
    </span>
  );
}

export function DemoBadge({ demo }: { demo: boolean }) {
  const { t } = useSupplyT();
  return demo ? <span className="pill" title={t("demoNote")}> {t("demo")}</span> : null;
}

/** An API error with the space module's detail codes in the user's language. */
export function SupplyError({ error }: { error: unknown }) {
  const { t } = useTranslation("common");
  if (!(error instanceof ApiError) || !error.body.details?.length) return <ErrorMessage error={error} />;
  return (
    <div className="alert alert--error" role="alert">
      <p>{errorText(error, t)}</p>
      <ul className="alert__list">
        {error.body.details.map((d, i) => (
          <li key={i}>{d.path ? `${d.path}: ` : ""}{supplyDetail(d)}</li>
        ))}
      </ul>
    </div>
  );
}

export function Dl({ items }: { items: [ReactNode, ReactNode][] }) {
  return (
    <dl className="supply-dl">
      {items.map(([k, v], i) => (
        <div key={i} style={{ display: "contents" }}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
