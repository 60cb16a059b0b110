import { Link } from "react-router";
import type { CallSummary } from "../../../../contracts/grants-portal";
import { Pill } from "../../../components/StatusBadge";
import { euroCents, localDescription, localMoment, localName, useGrT } from "../lib/format";

/** One call in a list: fund, name, window (Brussels time), maximum, consortium. */
export function CallCard({ call, to, action }: { call: CallSummary; to: string; action?: React.ReactNode }) {
  const { t, locale } = useGrT();
  return (
    <li className="card grants-call">
      <p className="stack-inline">
        <Pill tone="neutral">{locale === "en" ? call.fundNameEn : call.fundNameNl}</Pill>
        <Pill tone={call.window === "open" ? "positive" : call.window === "closed" ? "negative" : "info"}>{t(`window.${call.window}`)}</Pill>
        {call.status === "draft" ? <Pill tone="info">{t("callStatus.draft")}</Pill> : null}
        <Pill tone="neutral">{t(`instrument.${call.instrument}`)}</Pill>
      </p>
      <h2 className="grants-call__title">
        <Link to={to}>{localName(call, locale)}</Link>
      </h2>
      <p>{localDescription(call, locale)}</p>
      <ul className="grants-facts">
        <li>{call.window === "not_yet_open" ? t("calls.opens", { when: localMoment(call.opensAtLocal, locale) }) : t("calls.closes", { when: localMoment(call.closesAtLocal, locale) })}</li>
        {call.maxAmountCents ? <li>{t("calls.maxAmount", { amount: euroCents(call.maxAmountCents, locale) })}</li> : null}
      </ul>
      {action}
    </li>
  );
}
