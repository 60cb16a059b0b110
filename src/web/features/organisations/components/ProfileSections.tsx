/**
 * The parts of an organisation's profile, shared by the staff page (/app/organisaties/:id) and the
 * entrepreneur's own page (/app/mijn-organisatie): identity, establishment units, NACE activities, and
 * size with the SME class and its reasons.
 */
import type { OrganisationProfile } from "../../../../contracts/organisations";
import { DataTable } from "../../../components/DataTable";
import { Pill } from "../../../components/StatusBadge";
import { useFormat } from "../../../i18n/hooks";
import { useMunicipalityName } from "../../../app/geography";
import { formatAddress, formatEnterpriseNumber, formatEstablishmentNumber, formatNace, useOrgT } from "../lib/format";
import { SmePill } from "./SmePill";

type Profile = OrganisationProfile;
type Establishment = Profile["establishments"][number];
type Activity = Profile["activities"][number];

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="org-facts__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function IdentitySection({ org, headingId }: { org: Profile; headingId: string }) {
  const { t } = useOrgT();
  const f = useFormat();
  const municipality = useMunicipalityName();
  const address = formatAddress(org.address, t("profile.box"));
  const none = t("profile.none");
  return (
    <section className="card org-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("profile.facts")}</h2>
      <dl className="org-facts">
        <Fact label={t("profile.number")}>{org.enterpriseNumber ? <span className="mono">{formatEnterpriseNumber(org.enterpriseNumber)}</span> : none}</Fact>
        {org.vatNumber ? <Fact label={t("profile.vat")}>{<span className="mono">{org.vatNumber}</span>}</Fact> : null}
        {org.foreignId ? <Fact label={t("profile.foreignId")}>{org.foreignId}</Fact> : null}
        {org.country && org.country !== "BE" ? <Fact label={t("profile.country")}>{org.country}</Fact> : null}
        <Fact label={t("profile.kind")}>{t(`kind.${org.kind}`)}</Fact>
        <Fact label={t("profile.legalForm")}>{org.legalFormLabel ?? org.legalForm ?? none}</Fact>
        <Fact label={t("profile.startDate")}>{org.startDate ? <time dateTime={org.startDate}>{f.date(org.startDate)}</time> : none}</Fact>
        <Fact label={t("profile.seat")}>{address || none}</Fact>
        <Fact label={t("profile.municipality")}>{municipality(org.address.municipalityNis ?? org.municipalityNis) || none}</Fact>
        {org.altNames.length ? <Fact label={t("profile.altNames")}>{org.altNames.join("; ")}</Fact> : null}
        {org.website ? (
          <Fact label={t("edit.websiteLabel")}>
            <a href={org.website} rel="noopener noreferrer" target="_blank">
              {org.website.replace(/^https?:\/\//, "")}
            </a>
          </Fact>
        ) : null}
        {org.description ? <Fact label={t("edit.descriptionLabel")}>{org.description}</Fact> : null}
        <Fact label={t("profile.source")}>
          {t(`source.${org.source}`)}
          {org.demo ? (
            <>
              {" "}
              <Pill tone="neutral">{t("profile.demo")}</Pill>
            </>
          ) : null}
        </Fact>
        {org.source === "kbo" ? <Fact label={t("profile.kboStatus")}>{org.kboActive ? t("profile.kboActive") : t("profile.kboInactive")}</Fact> : null}
      </dl>
    </section>
  );
}

export function EstablishmentsSection({ org, headingId }: { org: Profile; headingId: string }) {
  const { t } = useOrgT();
  const f = useFormat();
  const municipality = useMunicipalityName();
  return (
    <section className="org-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("profile.establishments")}</h2>
      <DataTable<Establishment>
        caption={t("profile.establishmentsCaption", { name: org.name })}
        captionHidden
        rows={org.establishments}
        rowKey={(e) => `${e.number ?? ""}|${e.street ?? ""}|${e.houseNumber ?? ""}|${e.postcode ?? ""}`}
        emptyMessage={t("profile.establishmentsEmpty")}
        columns={[
          { key: "number", header: t("profile.estNumber"), rowHeader: true, cell: (e) => (e.number ? <span className="mono">{formatEstablishmentNumber(e.number)}</span> : t("profile.none")) },
          { key: "address", header: t("profile.address"), cell: (e) => formatAddress(e, t("profile.box")) || t("profile.none") },
          { key: "municipality", header: t("profile.municipality"), cell: (e) => municipality(e.municipalityNis) || t("profile.none") },
          { key: "start", header: t("profile.startDate"), cell: (e) => (e.startDate ? <time dateTime={e.startDate}>{f.date(e.startDate)}</time> : t("profile.none")) },
          { key: "source", header: t("profile.source"), cell: (e) => t(`source.${e.source}`) },
        ]}
      />
    </section>
  );
}

export function ActivitiesSection({ org, headingId }: { org: Profile; headingId: string }) {
  const { t } = useOrgT();
  const kindOf = (c: string) => (["MAIN", "SECO", "ANCI"].includes(c) ? t(`classification.${c}`) : t("classification.other", { code: c }));
  return (
    <section className="org-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("profile.activities")}</h2>
      <DataTable<Activity>
        caption={t("profile.activitiesCaption", { name: org.name })}
        captionHidden
        rows={org.activities}
        rowKey={(a) => `${a.naceVersion}|${a.naceCode}|${a.classification}`}
        emptyMessage={t("profile.activitiesEmpty")}
        columns={[
          { key: "code", header: t("profile.naceCode"), rowHeader: true, cell: (a) => <span className="mono">{formatNace(a.naceCode)}</span> },
          { key: "description", header: t("profile.naceDescription"), cell: (a) => a.description ?? t("profile.none") },
          { key: "kind", header: t("profile.naceKind"), cell: (a) => kindOf(a.classification) },
          { key: "version", header: t("profile.naceVersion"), cell: (a) => `NACE ${a.naceVersion}` },
        ]}
      />
    </section>
  );
}

export function SizeSection({ org, headingId }: { org: Profile; headingId: string }) {
  const { t } = useOrgT();
  const f = useFormat();
  const sme = org.sme;
  const reason = (r: Profile["sme"]["reasons"][number]) => {
    const params: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(r.params)) {
      if (k === "class") params[k] = t(`reasonClass.${String(v)}`);
      else if (typeof v === "number" && /eur$/i.test(k)) params[k] = f.euro(v);
      else if (typeof v === "number" && k === "ceiling" && r.code !== "headcount_within" && r.code !== "headcount_exceeds") params[k] = f.euro(v);
      else if (typeof v === "number") params[k] = f.number(v, 2);
      else params[k] = v;
    }
    return t(`reason.${r.code}`, { ...params, defaultValue: r.message });
  };
  const related = sme.enterprises;
  return (
    <section className="card org-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("profile.size")}</h2>
      <p className="muted">{org.figures.year ? t("profile.sizeYear", { year: org.figures.year }) : t("profile.sizeNoYear")}</p>
      <dl className="org-facts">
        <Fact label={t("profile.headcount")}>{f.number(org.figures.headcount, 2)}</Fact>
        <Fact label={t("profile.turnover")}>{f.euro(org.figures.turnoverEur)}</Fact>
        <Fact label={t("profile.balanceSheet")}>{f.euro(org.figures.balanceSheetEur)}</Fact>
      </dl>
      {related.length ? (
        <>
          <h3>{t("profile.totals")}</h3>
          <dl className="org-facts">
            <Fact label={t("profile.headcount")}>{f.number(sme.totals.headcount, 2)}</Fact>
            <Fact label={t("profile.turnover")}>{f.euro(sme.totals.turnoverEur)}</Fact>
            <Fact label={t("profile.balanceSheet")}>{f.euro(sme.totals.balanceSheetEur)}</Fact>
          </dl>
        </>
      ) : null}
      <h3>{t("profile.smeClass")}</h3>
      <p className="org-sme">
        <SmePill value={sme.class} long /> <span>{t(`profile.decidedBy.${sme.decidedBy}`)}</span>
      </p>
      {sme.ownClass !== sme.class ? <p>{t("profile.ownClass", { class: t(`sme.${sme.ownClass}`) })}</p> : null}
      <h4 className="org-subheading">{t("profile.reasons")}</h4>
      <ul className="org-reasons">
        {sme.reasons.map((r, i) => (
          <li key={`${r.code}-${i}`}>{reason(r)}</li>
        ))}
      </ul>
      {related.length ? (
        <DataTable
          caption={t("profile.relatedCaption")}
          rows={related}
          rowKey={(e) => e.id}
          columns={[
            { key: "name", header: t("profile.related"), rowHeader: true, cell: (e) => e.name },
            { key: "relation", header: t("profile.kind"), cell: (e) => t(`profile.relation.${e.relation}`) },
            { key: "share", header: t("profile.share"), align: "end", cell: (e) => `${f.number(e.sharePct, 2)} %` },
            { key: "applied", header: t("profile.applied"), align: "end", cell: (e) => `${f.number(e.appliedPct, 2)} %` },
            { key: "note", header: t("profile.remark"), cell: (e) => (e.note ? t(`profile.note.${e.note}`) : "—") },
          ]}
        />
      ) : null}
    </section>
  );
}
