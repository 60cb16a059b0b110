/** The regulations of a park or parcel as documents and links; keepers add and remove them. */
import { useId, useState, type FormEvent } from "react";
import type { DocumentView } from "../../../../../contracts/space-supply";
import { Button } from "../../../../components/Button";
import { ConfirmDialog } from "../../../../components/ConfirmDialog";
import { useAddDocument, useRemoveDocument } from "../api";
import { useSupplyT } from "../i18n";
import { SupplyError } from "./bits";

const KINDS = ["spatial_plan", "permit", "regulation", "other"] as const;

export function Documents({ documents, owner, canKeep }: { documents: DocumentView[]; owner: { parkId?: string; parcelId?: string }; canKeep: boolean }) {
  const { t } = useSupplyT();
  const id = useId();
  const add = useAddDocument();
  const remove = useRemoveDocument();
  const [kind, setKind] = useState<string>("spatial_plan");
  const [title, setTitle] = useState("");
  const [url, setUrl] = useState("");
  const [confirm, setConfirm] = useState<DocumentView | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ ...owner, kind: kind as DocumentView["kind"], title, url }, { onSuccess: () => { setTitle(""); setUrl(""); } });
  };
  return (
    <section className="supply-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t("detail.documents")}</h2>
      {documents.length === 0 ? <p>{t("detail.noDocuments")}</p> : (
        <ul>
          {documents.map((d) => (
            <li key={d.id}>
              {t(`documents.kinds.${d.kind}`)}: <a href={d.url} rel="noreferrer noopener" target="_blank">{d.title}</a>
              {canKeep ? <> <Button size="small" variant="ghost" onClick={() => setConfirm(d)}>{t("documents.remove")}</Button></> : null}
            </li>
          ))}
        </ul>
      )}
      {canKeep ? (
        <form className="supply-form" onSubmit={submit} aria-label={t("documents.add")}>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-k`}>{t("documents.kind")}</label>
            <select id={`${id}-k`} className="input select" value={kind} onChange={(e) => setKind(e.target.value)}>
              {KINDS.map((k) => <option key={k} value={k}>{t(`documents.kinds.${k}`)}</option>)}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-t`}>{t("documents.title")}</label>
            <input id={`${id}-t`} className="input" required value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-u`}>{t("documents.url")}</label>
            <input id={`${id}-u`} className="input" type="url" required value={url} onChange={(e) => setUrl(e.target.value)} />
          </div>
          <SupplyError error={add.error} />
          <div><Button type="submit" busy={add.isPending}>{t("documents.submit")}</Button></div>
        </form>
      ) : null}
      <ConfirmDialog
        open={confirm !== null}
        title={t("documents.removeConfirm")}
        destructive
        busy={remove.isPending}
        error={remove.error ? <SupplyError error={remove.error} /> : null}
        onCancel={() => setConfirm(null)}
        onConfirm={() => confirm && remove.mutate(confirm.id, { onSuccess: () => setConfirm(null) })}
      >
        {confirm ? t("documents.removeBody", { title: confirm.title }) : null}
      </ConfirmDialog>
    </section>
  );
}
