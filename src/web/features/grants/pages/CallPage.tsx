/** /oproepen/:id and /app/subsidies/oproepen/:id — one call: its conditions, what the form asks and how to apply. */
import { useLocation, useParams } from "react-router";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { Pill } from "../../../components/StatusBadge";
import { useCall } from "../api";
import { StartApplication } from "../components/StartApplication";
import { bytes, euroCents, localDescription, localMoment, localName, localText, useGrT } from "../lib/format";
import "../grants.css";

export function CallPage() {
  const { id } = useParams();
  const { t, locale } = useGrT();
  const inApp = useLocation().pathname.startsWith("/app");
  const query = useCall(id);
  const call = query.data;
  const back = { to: inApp ? "/app/subsidies/oproepen" : "/oproepen", label: t("common.back") };
  if (!call) return <div className="page">{query.isPending ? <Loading /> : <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}</div>;
  const r = call.rules;
  return (
    <div className="page grants-page">
      <PageHeader
        title={localName(call, locale)}
        back={back}
        meta={
          <p className="stack-inline">
            <Pill tone="neutral">{locale === "en" ? call.fundNameEn : call.fundNameNl}</Pill>
            <Pill tone={call.window === "open" ? "positive" : call.window === "closed" ? "negative" : "info"}>{t(`window.${call.window}`)}</Pill>
            <Pill tone="neutral">{call.code}</Pill>
          </p>
        }
      />
      <p>{localDescription(call, locale)}</p>
      <ul className="grants-facts">
        <li>{t("calls.opens", { when: localMoment(call.opensAtLocal, locale) })}</li>
        <li>{t("calls.closes", { when: localMoment(call.closesAtLocal, locale) })}</li>
      </ul>
      <section aria-labelledby="call-rules">
        <h2 id="call-rules">{t("calls.rules")}</h2>
        <ul>
          {r.consortium ? <li>{t("calls.consortium", { n: r.consortium.minIndependentCompanies })}</li> : null}
          {r.requireLimburg ? <li>{t("calls.limburg")}</li> : null}
          {r.maxAmountCents ? <li>{t("calls.maxAmount", { amount: euroCents(r.maxAmountCents, locale) })}</li> : null}
          {r.aidRateBasisPoints ? <li>{t("calls.aidRate", { rate: r.aidRateBasisPoints / 100 })}</li> : null}
          {r.deMinimis ? <li>{t("calls.deMinimis")}</li> : null}
          {r.excludedNacePrefixes.length ? <li>{t("calls.excludedNace", { codes: r.excludedNacePrefixes.join(", ") })}</li> : null}
          <li>{t("calls.attachments", { n: call.maxAttachments, size: bytes(call.maxAttachmentBytes, locale), types: call.allowedAttachmentTypes.join(", ") })}</li>
        </ul>
      </section>
      <section aria-labelledby="call-form">
        <h2 id="call-form">{t("calls.form")}</h2>
        <ul>
          {call.form.sections.map((s) => (
            <li key={s.key}>
              <strong>{localText(s.title, locale)}</strong>: {s.fields.map((f) => localText(f.label, locale)).join(" · ")}
            </li>
          ))}
        </ul>
      </section>
      {inApp ? <StartApplication call={call} /> : call.window !== "closed" ? <StartApplication call={call} /> : null}
    </div>
  );
}
