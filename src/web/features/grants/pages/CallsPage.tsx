/** /oproepen (public) and /app/subsidies/oproepen — the open and upcoming calls; entrepreneurs start an application from here. */
import { useLocation } from "react-router";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { useCalls } from "../api";
import { CallCard } from "../components/CallCard";
import { StartApplication } from "../components/StartApplication";
import { useGrT } from "../lib/format";
import "../grants.css";

export function CallsPage() {
  const { t } = useGrT();
  const inApp = useLocation().pathname.startsWith("/app");
  const query = useCalls("all");
  const calls = (query.data ?? []).filter((c) => c.status !== "draft");
  const groups = [
    { key: "open", title: t("calls.open"), items: calls.filter((c) => c.window === "open") },
    { key: "upcoming", title: t("calls.upcoming"), items: calls.filter((c) => c.window === "not_yet_open") },
  ];
  const base = inApp ? "/app/subsidies/oproepen" : "/oproepen";
  return (
    <div className="page grants-page">
      <PageHeader title={t("calls.title")} description={<p>{t("calls.lead")}</p>} />
      {query.isPending ? <Loading /> : null}
      <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      {query.isSuccess && !groups.some((g) => g.items.length) ? <p>{t("calls.empty")}</p> : null}
      {groups.map((g) =>
        g.items.length ? (
          <section key={g.key} aria-labelledby={`calls-${g.key}`}>
            <h2 id={`calls-${g.key}`}>{g.title}</h2>
            <ul className="grants-calls">
              {g.items.map((c) => (
                <CallCard key={c.id} call={c} to={`${base}/${c.id}`} action={inApp && c.window !== "closed" ? <StartApplication call={c} /> : null} />
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </div>
  );
}
