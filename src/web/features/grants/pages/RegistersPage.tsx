/** /app/subsidies/registers — exports: de minimis aid per single undertaking (CSV, XLSX), per call (XLSX), and the public list. */
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import type { CallSummary } from "../../../../contracts/grants-portal";
import { api } from "../../../app/api";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { PageHeader } from "../../../components/PageHeader";
import { callExportUrl } from "../decisions-api";
import { useDecT } from "../lib/decisions-format";

export function RegistersPage() {
  const { t, en } = useDecT();
  const calls = useQuery({ queryKey: ["grantsDecisions", "calls"], queryFn: () => api.get<CallSummary[]>("/api/grants/calls?state=all") });
  return (
    <div className="page">
      <PageHeader title={t("registers.title")} description={<p>{t("registers.lead")}</p>} />
      <section aria-labelledby="dm-h">
        <h2 id="dm-h">{t("registers.deMinimis")}</h2>
        <p>
          <a className="btn btn--secondary" href="/api/grants/registers/de-minimis.csv" download>{t("registers.csv")}</a>{" "}
          <a className="btn btn--secondary" href="/api/grants/registers/de-minimis.xlsx" download>{t("registers.xlsx")}</a>
        </p>
        <p><Link to="/steun">{t("registers.public")}</Link></p>
      </section>
      <section aria-labelledby="calls-h">
        <h2 id="calls-h">{t("registers.calls")}</h2>
        <ErrorMessage error={calls.error} />
        <ul>
          {(calls.data ?? []).map((c) => (
            <li key={c.id}>
              {en ? c.nameEn : c.nameNl} ({c.code}): <a href={callExportUrl(c.id)} download>{t("registers.xlsx")}</a>{" · "}
              <Link to={`/app/subsidies/oproepen/${c.id}/rangschikking`}>{t("registers.ranking")}</Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
