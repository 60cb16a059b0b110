/** Partners of an application: the list, the lead's invitations, each participant's de minimis declaration and the partner's answer. */
import { useId, useState } from "react";
import type { ApplicationDetail, PartnerView } from "../../../../contracts/grants-portal";
import { Button } from "../../../components/Button";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { Pill } from "../../../components/StatusBadge";
import { useToast } from "../../../components/Toast";
import { useDeclare, useInvitePartner, useRemovePartner, useRespond } from "../api";
import { euroCents, useGrT } from "../lib/format";
import { DeMinimisEditor, toAids, toRows, type AidRow } from "./DeMinimisEditor";
import { GrantsError } from "./GrantsError";

export function PartnersSection({ detail, isLead }: { detail: ApplicationDetail; isLead: boolean }) {
  const { t, locale } = useGrT();
  const id = useId();
  const toast = useToast();
  const invite = useInvitePartner();
  const remove = useRemovePartner();
  const [number, setNumber] = useState("");
  const [contribution, setContribution] = useState("");
  const [removing, setRemoving] = useState<PartnerView | null>(null);
  const draft = detail.status === "draft";
  const onInvite = async () => {
    await invite.mutateAsync({ id: detail.id, enterpriseNumber: number, contribution });
    setNumber("");
    setContribution("");
    toast.success(t("partners.invited"));
  };
  return (
    <section aria-labelledby={`${id}-h`} className="card grants-block">
      <h2 id={`${id}-h`}>{t("partners.title")}</h2>
      {isLead && draft ? <p>{t("partners.lead")}</p> : null}
      <ul className="grants-partners">
        {detail.partners.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong> {p.enterpriseNumber ? `(${p.enterpriseNumber})` : ""} {p.place ?? ""}
            <span className="stack-inline">
              <Pill tone="neutral">{t(`role.${p.role}`)}</Pill>
              <Pill tone={p.status === "confirmed" ? "positive" : p.status === "declined" ? "negative" : "info"}>{t(`partnerStatus.${p.status}`)}</Pill>
              <Pill tone="neutral">{t(`sme.${p.smeClass}`)}</Pill>
              {detail.call.rules.deMinimis && p.status === "confirmed" ? <Pill tone={p.deMinimisDeclared ? "positive" : "info"}>{p.deMinimisDeclared ? t("partners.declared") : t("partners.notDeclared")}</Pill> : null}
            </span>
            {p.contribution ? <p>{p.contribution}</p> : null}
            {p.deMinimis.length ? <p>{p.deMinimis.map((a) => `${a.grantingAuthority} ${a.aidDate}: ${euroCents(a.amountCents, locale)}`).join(" · ")}</p> : null}
            {isLead && draft && p.role === "partner" ? (
              <Button size="small" onClick={() => setRemoving(p)}>{t("partners.remove")}<span className="visually-hidden">: {p.name}</span></Button>
            ) : null}
          </li>
        ))}
      </ul>
      {isLead && draft ? (
        <form className="grants-invite" onSubmit={(e) => { e.preventDefault(); void onInvite().catch(() => undefined); }}>
          <GrantsError error={invite.error} />
          <div className="field">
            <label className="field__label" htmlFor={`${id}-nr`}>{t("partners.enterpriseNumber")}</label>
            <input id={`${id}-nr`} className="field__input field__input--short" value={number} onChange={(e) => setNumber(e.target.value)} placeholder="0123.456.749" required />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-c`}>{t("partners.contribution")}</label>
            <input id={`${id}-c`} className="field__input" value={contribution} maxLength={2000} onChange={(e) => setContribution(e.target.value)} />
          </div>
          <Button type="submit" busy={invite.isPending}>{t("partners.invite")}</Button>
        </form>
      ) : null}
      {detail.partners.filter((p) => detail.myOrganisationIds.includes(p.organisationId)).map((p) =>
        p.role === "partner" && p.status === "invited" && draft ? <PartnerResponse key={p.id} detail={detail} partner={p} /> : p.status === "confirmed" && draft && detail.call.rules.deMinimis ? <Declaration key={p.id} detail={detail} partner={p} /> : null,
      )}
      <ConfirmDialog open={removing !== null} title={t("partners.removeConfirm", { name: removing?.name ?? "" })} confirmLabel={t("partners.remove")} destructive busy={remove.isPending}
        onConfirm={() => void remove.mutateAsync({ id: detail.id, partnerId: removing!.id }).then(() => setRemoving(null), () => setRemoving(null))} onCancel={() => setRemoving(null)} />
    </section>
  );
}

/** The partner's screen: confirm (with the declaration) or decline. */
function PartnerResponse({ detail, partner }: { detail: ApplicationDetail; partner: PartnerView }) {
  const { t } = useGrT();
  const toast = useToast();
  const respond = useRespond();
  const [rows, setRows] = useState<AidRow[]>([]);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState("");
  const id = useId();
  const confirm = async () => {
    await respond.mutateAsync({ id: detail.id, partnerId: partner.id, accept: true, aids: toAids(rows) });
    toast.success(t("partners.confirmed"));
  };
  return (
    <div className="grants-respond" aria-labelledby={`${id}-h`} role="group">
      <h3 id={`${id}-h`}>{t("partners.respondTitle")}</h3>
      <p>{t("partners.respondLead", { lead: detail.organisationName, name: partner.name })}</p>
      <GrantsError error={respond.error} />
      {detail.call.rules.deMinimis ? <DeMinimisEditor rows={rows} onChange={setRows} /> : null}
      <div className="form__actions">
        <Button variant="primary" busy={respond.isPending} onClick={() => void confirm().catch(() => undefined)}>{t("partners.confirm")}</Button>
        <Button onClick={() => setDeclining(true)}>{t("partners.decline")}</Button>
      </div>
      <ConfirmDialog open={declining} title={t("partners.declineConfirm")} confirmLabel={t("partners.decline")} destructive busy={respond.isPending}
        onConfirm={() => void respond.mutateAsync({ id: detail.id, partnerId: partner.id, accept: false, reason }).then(() => { setDeclining(false); toast.success(t("partners.declinedDone")); }, () => setDeclining(false))}
        onCancel={() => setDeclining(false)}>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-r`}>{t("partners.declineReason")}</label>
          <textarea id={`${id}-r`} className="field__input" rows={2} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
        </div>
      </ConfirmDialog>
    </div>
  );
}

/** A confirmed participant (the lead too) declares or corrects its aid. */
function Declaration({ detail, partner }: { detail: ApplicationDetail; partner: PartnerView }) {
  const { t, locale } = useGrT();
  const toast = useToast();
  const declare = useDeclare();
  const [rows, setRows] = useState<AidRow[]>(() => toRows(partner.deMinimis, locale));
  const id = useId();
  return (
    <div className="grants-respond" role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t("partners.declareOwn", { name: partner.name })}</h3>
      <GrantsError error={declare.error} />
      <DeMinimisEditor rows={rows} onChange={setRows} />
      <Button variant={partner.deMinimisDeclared ? "secondary" : "primary"} busy={declare.isPending}
        onClick={() => void declare.mutateAsync({ id: detail.id, organisationId: partner.organisationId, aids: toAids(rows) }).then(() => toast.success(t("deMinimis.saved")), () => undefined)}>
        {t("deMinimis.save")}
      </Button>
    </div>
  );
}
