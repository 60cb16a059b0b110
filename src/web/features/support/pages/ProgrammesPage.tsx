/** /app/ondersteuning — the support programmes with their stages and outcomes, each leading to its board. */
import { Link } from "react-router";
import { useAuth } from "../../../app/auth";
import { ButtonLink } from "../../../components/Button";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { Pill } from "../../../components/StatusBadge";
import { useProgrammes } from "../api";
import { localName, useSupT } from "../lib/format";
import "../support.css";

export function ProgrammesPage() {
  const { t, locale } = useSupT();
  const { hasRole } = useAuth();
  const query = useProgrammes();
  const programmes = query.data ?? [];
  return (
    <div className="page sup-page">
      <PageHeader
        title={t("programmes.title")}
        description={<p>{t("programmes.lead")}</p>}
        actions={hasRole("administrator", "account_manager") ? <ButtonLink to="/app/mijn-taken">{t("programmes.myTasks")}</ButtonLink> : undefined}
      />
      {query.isPending ? <Loading /> : null}
      <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      {query.isSuccess && !programmes.length ? <p>{t("programmes.empty")}</p> : null}
      <ul className="sup-programmes">
        {programmes.map((p) => {
          const description = locale === "en" ? p.descriptionEn || p.descriptionNl : p.descriptionNl;
          return (
            <li key={p.code} className="card sup-programme">
              <h2 className="sup-programme__title">
                <Link to={`/app/ondersteuning/${p.code}`}>{localName(p, locale)}</Link>
              </h2>
              <p className="stack-inline">
                <Pill tone="neutral">{t("programmes.section", { section: p.section })}</Pill>
                {!p.active ? <Pill tone="negative">{t("programmes.inactive")}</Pill> : null}
              </p>
              {description ? <p>{description}</p> : null}
              {p.partners ? (
                <p>
                  <strong>{t("programmes.partners")}:</strong> {p.partners}
                </p>
              ) : null}
              <h3 className="sup-programme__sub">{t("programmes.stages")}</h3>
              <ol className="sup-stage-line">
                {p.stages.map((s, i) => (
                  <li key={s.code}>
                    {i > 0 ? <span aria-hidden="true">→ </span> : null}
                    {localName(s, locale)}
                    {s.success ? <span className="sup-success"> ({t("programmes.success")})</span> : null}
                  </li>
                ))}
              </ol>
              <h3 className="sup-programme__sub">{t("programmes.outcomes")}</h3>
              <p>{p.outcomeFields.map((f) => t(`outcome.${f}`)).join(" · ")}</p>
              <p>
                <ButtonLink to={`/app/ondersteuning/${p.code}`} variant="primary" size="small">
                  {t("programmes.openBoard")}
                  <span className="visually-hidden">: {localName(p, locale)}</span>
                </ButtonLink>
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
