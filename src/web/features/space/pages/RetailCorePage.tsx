/** /app/ruimte/kernen/:id: one core shopping area: vacancy rate and trend, premises with status changes, campaigns with merchants. */
import { useState, type FormEvent } from "react";
import { useParams } from "react-router";
import { useTranslation } from "react-i18next";
import type { RetailPremisesView, RetailSector } from "../../../../contracts/space-demand";
import { Button } from "../../../components/Button";
import { DataTable, type Column } from "../../../components/DataTable";
import { ErrorMessage, errorText } from "../../../components/ErrorMessage";
import { ExportLinks } from "../../../components/ExportLinks";
import { downloadCsv } from "../../../app/csv";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { useToast } from "../../../components/Toast";
import { formatDate, formatNumber } from "../../../i18n/format";
import { useMunicipalityName } from "../../../app/geography";
import { useAddMerchant, useAddPremises, useChangeRetailStatus, useCreateCampaign, useRetailCore } from "../demand/api";
import { VacancyTrend } from "../demand/components/VacancyTrend";
import { useDemandT } from "../demand/i18n";
import "../demand/demand.css";

const SECTORS: RetailSector[] = ["fashion", "electronics", "horeca", "services", "food", "leisure", "other"];
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

function MerchantForm({ campaignId }: { campaignId: string }) {
  const { t } = useDemandT();
  const add = useAddMerchant(campaignId);
  const [name, setName] = useState("");
  const id = `merchant-${campaignId}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await add.mutateAsync({ merchantName: name, premisesId: null }).then(() => setName("")).catch(() => undefined);
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={id}>{t("retail.merchantName")}</label>
      <input id={id} className="input" value={name} onChange={(e) => setName(e.target.value)} aria-describedby={add.error ? `${id}-err` : undefined} />
      <Button type="submit" size="small" busy={add.isPending}>{t("retail.addMerchant")}</Button>
      {add.error ? <span id={`${id}-err`}><ErrorMessage error={add.error} /></span> : null}
    </form>
  );
}

export function RetailCorePage() {
  const { id = "" } = useParams();
  const { t, locale } = useDemandT();
  const { t: tc } = useTranslation("common");
  const toast = useToast();
  const muni = useMunicipalityName();
  const query = useRetailCore(id);
  const change = useChangeRetailStatus();
  const addPremises = useAddPremises(id);
  const createCampaign = useCreateCampaign();
  const [premisesForm, setPremisesForm] = useState({ address: "", status: "occupied" as "occupied" | "vacant", sector: "fashion" as RetailSector, since: today() });
  const [campaignForm, setCampaignForm] = useState({ name: "", kind: "month_of_the_market" as const as "month_of_the_market" | "buy_local" | "other", startsOn: today(), endsOn: today() });
  if (query.isLoading) return <Loading />;
  if (!query.data) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const { core, premises, trend, campaigns, canEdit } = query.data;
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (e) {
      toast.error(errorText(e, tc));
    }
  };
  const columns: Column<RetailPremisesView>[] = [
    { key: "address", header: t("retail.address"), rowHeader: true, cell: (p) => p.address },
    { key: "sector", header: t("retail.sector"), cell: (p) => t(`sectorName.${p.sector}`) },
    { key: "status", header: t("retail.statusCol"), cell: (p) => t(`retailStatus.${p.status}`) },
    { key: "since", header: t("retail.since"), cell: (p) => (p.vacantSince ? formatDate(p.vacantSince, locale) : "—") },
    { key: "area", header: t("retail.area"), align: "end", cell: (p) => (p.floorAreaM2 === null ? "—" : `${formatNumber(p.floorAreaM2, locale, 0)} m²`) },
    { key: "occupant", header: t("retail.occupant"), cell: (p) => p.occupantName || "—" },
    ...(canEdit
      ? [{
          key: "action",
          header: <span className="visually-hidden">{t("retail.statusCol")}</span>,
          cell: (p: RetailPremisesView) => (
            <Button size="small" busy={change.isPending} onClick={() => void act(() => change.mutateAsync({ id: p.id, version: p.version, status: p.status === "vacant" ? "occupied" : "vacant", date: today() }))}>
              {p.status === "vacant" ? t("retail.markOccupied") : t("retail.markVacant")}
              <span className="visually-hidden"> {p.address}</span>
            </Button>
          ),
        }]
      : []),
  ];
  return (
    <div className="page">
      <PageHeader
        title={core.name}
        back={{ to: "/app/ruimte/kernen", label: t("retail.back") }}
        meta={<>{muni(core.municipalityNis)} · {t("retail.rate")}: <strong>{core.vacancyRate === null ? "—" : `${formatNumber(core.vacancyRate * 100, locale, 1)} %`}</strong> ({formatNumber(core.vacantCount, locale)}/{formatNumber(core.premisesCount, locale)}) {core.demo ? <span className="pill">{t("demo")}</span> : null}</>}
        description={core.description || undefined}
      />
      <VacancyTrend trend={trend} />
      <section aria-labelledby="premises-h">
        <h2 id="premises-h">{t("retail.premisesList")}</h2>
        <ExportLinks
          csv={() =>
            downloadCsv(`panden-${core.name}.csv`, [
              [t("retail.address"), t("retail.sector"), t("retail.statusCol"), t("retail.since"), "m²", t("retail.occupant")],
              ...premises.map((p) => [p.address, t(`sectorName.${p.sector}`), t(`retailStatus.${p.status}`), p.vacantSince, p.floorAreaM2, p.occupantName]),
            ])
          }
        />
        <DataTable caption={t("retail.premisesList")} captionHidden columns={columns} rows={premises} rowKey={(p) => p.id} emptyMessage={t("retail.empty")} />
        {canEdit ? (
          <form className="form card" aria-labelledby="add-premises-h" noValidate onSubmit={(e) => { e.preventDefault(); void act(async () => { await addPremises.mutateAsync({ ...premisesForm, floorAreaM2: null, occupantName: "" }); setPremisesForm({ ...premisesForm, address: "" }); }); }}>
            <h3 id="add-premises-h">{t("retail.addPremises")}</h3>
            <div className="form__grid">
              <div className="field"><label className="field__label" htmlFor="rp-address">{t("retail.address")}</label><input id="rp-address" className="input" required value={premisesForm.address} onChange={(e) => setPremisesForm({ ...premisesForm, address: e.target.value })} /></div>
              <div className="field"><label className="field__label" htmlFor="rp-status">{t("retail.statusCol")}</label>
                <select id="rp-status" className="input select" value={premisesForm.status} onChange={(e) => setPremisesForm({ ...premisesForm, status: e.target.value as "occupied" | "vacant" })}>
                  <option value="occupied">{t("retailStatus.occupied")}</option><option value="vacant">{t("retailStatus.vacant")}</option>
                </select></div>
              <div className="field"><label className="field__label" htmlFor="rp-sector">{t("retail.sector")}</label>
                <select id="rp-sector" className="input select" value={premisesForm.sector} onChange={(e) => setPremisesForm({ ...premisesForm, sector: e.target.value as RetailSector })}>
                  {SECTORS.map((s) => <option key={s} value={s}>{t(`sectorName.${s}`)}</option>)}
                </select></div>
              <div className="field"><label className="field__label" htmlFor="rp-since">{t("retail.statusDate")}</label><input id="rp-since" className="input" type="date" max={today()} value={premisesForm.since} onChange={(e) => setPremisesForm({ ...premisesForm, since: e.target.value })} /></div>
            </div>
            <ErrorMessage error={addPremises.error} />
            <Button type="submit" variant="primary" busy={addPremises.isPending}>{t("retail.add")}</Button>
          </form>
        ) : null}
      </section>
      <section aria-labelledby="campaigns-h">
        <h2 id="campaigns-h">{t("retail.campaigns")}</h2>
        {campaigns.length === 0 ? <p className="empty">{t("retail.noCampaigns")}</p> : null}
        <ul className="retail-campaigns">
          {campaigns.map((c) => (
            <li key={c.id} className="card">
              <h3>{c.name} {c.demo ? <span className="pill">{t("demo")}</span> : null}</h3>
              <p>{t(`campaignKind.${c.kind}`)} · {c.municipalityNis ? muni(c.municipalityNis) : t("retail.provinceWide")} · {t("retail.period", { from: formatDate(c.startsOn, locale), to: formatDate(c.endsOn, locale) })}</p>
              <h4>{t("retail.merchants")}</h4>
              {c.merchants.length === 0 ? <p className="empty">{t("retail.noMerchants")}</p> : <ul>{c.merchants.map((m) => <li key={m.id}>{m.merchantName}{m.address ? ` — ${m.address}` : ""}</li>)}</ul>}
              {canEdit && c.municipalityNis ? <MerchantForm campaignId={c.id} /> : null}
            </li>
          ))}
        </ul>
        {canEdit ? (
          <form className="form card" aria-labelledby="new-campaign-h" noValidate onSubmit={(e) => { e.preventDefault(); void act(async () => { await createCampaign.mutateAsync({ ...campaignForm, municipalityNis: core.municipalityNis, description: "" }); setCampaignForm({ ...campaignForm, name: "" }); }); }}>
            <h3 id="new-campaign-h">{t("retail.newCampaign")}</h3>
            <div className="form__grid">
              <div className="field"><label className="field__label" htmlFor="rc-name">{t("retail.campaignName")}</label><input id="rc-name" className="input" required value={campaignForm.name} onChange={(e) => setCampaignForm({ ...campaignForm, name: e.target.value })} /></div>
              <div className="field"><label className="field__label" htmlFor="rc-kind">{t("retail.campaignKind")}</label>
                <select id="rc-kind" className="input select" value={campaignForm.kind} onChange={(e) => setCampaignForm({ ...campaignForm, kind: e.target.value as "month_of_the_market" })}>
                  {(["month_of_the_market", "buy_local", "other"] as const).map((k) => <option key={k} value={k}>{t(`campaignKind.${k}`)}</option>)}
                </select></div>
              <div className="field"><label className="field__label" htmlFor="rc-from">{t("retail.startsOn")}</label><input id="rc-from" className="input" type="date" value={campaignForm.startsOn} onChange={(e) => setCampaignForm({ ...campaignForm, startsOn: e.target.value })} /></div>
              <div className="field"><label className="field__label" htmlFor="rc-to">{t("retail.endsOn")}</label><input id="rc-to" className="input" type="date" value={campaignForm.endsOn} onChange={(e) => setCampaignForm({ ...campaignForm, endsOn: e.target.value })} /></div>
            </div>
            <ErrorMessage error={createCampaign.error} />
            <Button type="submit" variant="primary" busy={createCampaign.isPending}>{t("retail.newCampaign")}</Button>
          </form>
        ) : null}
      </section>
    </div>
  );
}
