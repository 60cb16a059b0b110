/**
 * /app/organisaties/samenvoegen?behouden=<id>&samenvoegen=<id> — merging two records (administrators and
 * account managers): both records side by side, the choice of the record that stays (the record with the
 * enterprise number is suggested), a reason, a confirmation that says what moves and what stays, and
 * then the result: what moved and which fields were filled in, with a link to the surviving record.
 */
import { Fragment, useId, useState } from "react";
import { useSearchParams } from "react-router";
import type { OrganisationMerge, OrganisationProfile } from "../../../../contracts/organisations";
import { MergeOrganisationsInput } from "../../../../contracts/organisations";
import { Button, ButtonLink } from "../../../components/Button";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { TextAreaInput } from "../../../components/TextAreaField";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { useFormat } from "../../../i18n/hooks";
import { translateIssue } from "../../../i18n/errors";
import { useMergeOrganisations, useOrganisation } from "../api";
import { OrgActionError } from "../components/OrgActionError";
import { SmePill } from "../components/SmePill";
import { formatAddress, formatEnterpriseNumber, useOrgT } from "../lib/format";
import "../organisations.css";

const MOVED = ["establishments", "activities", "relations", "trajectories", "contacts", "grantApplications", "spaceRecords", "userScopes"] as const;

export function MergePage() {
  const { t } = useOrgT();
  const id = useId();
  const [params] = useSearchParams();
  const a = params.get("behouden") ?? "";
  const b = params.get("samenvoegen") ?? "";
  const first = useOrganisation(a);
  const second = useOrganisation(b);
  const merge = useMergeOrganisations();
  const [survivorId, setSurvivorId] = useState(a);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [result, setResult] = useState<{ merge: OrganisationMerge; survivor: string; merged: string } | null>(null);
  const back = { to: "/app/organisaties/dubbels", label: t("merge.backToDuplicates") };

  if (!a || !b || a === b) {
    return (
      <div className="page org-page">
        <PageHeader title={t("merge.title")} back={back} />
        <p className="alert org-info">{t("merge.missing")}</p>
      </div>
    );
  }
  if (result) return <MergeResult {...result} back={back} />;
  if (!first.data || !second.data) {
    const error = first.error ?? second.error;
    return (
      <div className="page org-page">
        <PageHeader title={t("merge.title")} back={back} />
        {error ? <ErrorMessage error={error} /> : <Loading />}
      </div>
    );
  }

  const records = [first.data, second.data];
  const survivor = records.find((r) => r.id === survivorId) ?? records[0];
  const merged = records.find((r) => r.id !== survivor.id) ?? records[1];
  const gone = records.find((r) => r.mergedInto);

  const ask = () => {
    const parsed = MergeOrganisationsInput.safeParse({ survivorId: survivor.id, mergedId: merged.id, reason });
    if (!parsed.success) {
      const issue = parsed.error.issues.find((i) => i.path[0] === "reason") ?? parsed.error.issues[0];
      setReasonError(translateIssue({ ...(issue as object), input: reason } as never));
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setReasonError(null);
    merge.reset();
    setAsking(true);
  };

  const confirm = async () => {
    try {
      const done = await merge.mutateAsync({ survivorId: survivor.id, mergedId: merged.id, reason: reason.trim() });
      setAsking(false);
      setResult({ merge: done, survivor: survivor.name, merged: merged.name });
    } catch {
      setAsking(false);
    }
  };

  return (
    <div className="page org-page">
      <PageHeader title={t("merge.title")} description={<p>{t("merge.lead")}</p>} back={back} />
      {gone ? <p className="alert alert--error">{t("merge.alreadyMerged", { name: gone.name })}</p> : null}
      <OrgActionError error={asking ? null : merge.error} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          ask();
        }}
        noValidate
      >
        <fieldset className="org-merge-choice">
          <legend className="field__label">{t("merge.choose")}</legend>
          {records.map((r) => (
            <div key={r.id}>
              <input
                type="radio"
                name="survivor"
                id={`${id}-${r.id}`}
                className="visually-hidden"
                checked={survivor.id === r.id}
                onChange={() => setSurvivorId(r.id)}
              />
              <label htmlFor={`${id}-${r.id}`}>
                <RecordSummary org={r} />
              </label>
            </div>
          ))}
        </fieldset>
        <p className="org-note">{t("merge.trajectoriesHint")}</p>
        <TextAreaInput
          label={t("merge.reason")}
          hint={t("merge.reasonHint")}
          error={reasonError}
          maxLength={1000}
          aria-required
          id={`${id}-reason`}
          value={reason}
          onValueChange={setReason}
        />
        <div className="form__actions">
          <Button type="submit" variant="danger" disabled={Boolean(gone)}>
            {t("merge.submit")}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={asking}
        title={t("merge.confirmTitle", { merged: merged.name, survivor: survivor.name })}
        confirmLabel={t("merge.confirm")}
        destructive
        busy={merge.isPending}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      >
        <p>{t("merge.confirmMoves", { merged: merged.name, survivor: survivor.name })}</p>
        <p>{t("merge.confirmStays", { merged: merged.name, survivor: survivor.name })}</p>
        <p>
          <strong>{t("merge.confirmFinal")}</strong>
        </p>
      </ConfirmDialog>
    </div>
  );
}

function RecordSummary({ org }: { org: OrganisationProfile }) {
  const { t } = useOrgT();
  const address = formatAddress(org.address, t("profile.box"));
  return (
    <>
      <strong>{t("merge.keepThis", { name: org.name })}</strong>
      <dl className="org-facts">
        <div className="org-facts__item">
          <dt>{t("merge.number")}</dt>
          <dd>{org.enterpriseNumber ? <span className="mono">{formatEnterpriseNumber(org.enterpriseNumber)}</span> : t("profile.none")}</dd>
        </div>
        <div className="org-facts__item">
          <dt>{t("merge.source")}</dt>
          <dd>{t(`source.${org.source}`)}</dd>
        </div>
        <div className="org-facts__item">
          <dt>{t("merge.seat")}</dt>
          <dd>{address || t("profile.none")}</dd>
        </div>
        <div className="org-facts__item">
          <dt>{t("merge.sme")}</dt>
          <dd>
            <SmePill value={org.sme.class} />
          </dd>
        </div>
      </dl>
    </>
  );
}

function MergeResult({ merge, survivor, merged, back }: { merge: OrganisationMerge; survivor: string; merged: string; back: { to: string; label: string } }) {
  const { t } = useOrgT();
  const f = useFormat();
  const fields = merge.moved.filledFields.map((k) => t(`merge.field.${k}`, { defaultValue: k }));
  return (
    <div className="page org-page">
      <PageHeader title={t("merge.done")} back={back} />
      <section className="card org-section org-merge-result" aria-labelledby="merge-result-h">
        <p role="status">{t("merge.doneLead", { merged, survivor })}</p>
        <h2 id="merge-result-h">{t("merge.moved")}</h2>
        <dl>
          {MOVED.map((k) => (
            <Fragment key={k}>
              <dt>{t(`merge.movedItems.${k}`)}</dt>
              <dd>{f.number(merge.moved[k] ?? 0)}</dd>
            </Fragment>
          ))}
        </dl>
        <p>{fields.length ? t("merge.filled", { survivor, fields: fields.join(", ") }) : t("merge.filledNone")}</p>
        <ButtonLink variant="primary" to={`/app/organisaties/${merge.survivorId}`}>
          {t("merge.openSurvivor", { survivor })}
        </ButtonLink>
      </section>
    </div>
  );
}
