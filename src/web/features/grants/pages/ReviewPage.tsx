/**
 * /app/subsidies/beoordelingen/:assignmentId — first the declaration of (no) conflict of interest, with only
 * the call and the participants in view; after "no conflict" the application and the scoring form.
 */
import { useId, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { Button } from "../../../components/Button";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { useToast } from "../../../components/Toast";
import { useDeclare, useInbox, useReview } from "../decisions-api";
import { useDecT } from "../lib/decisions-format";
import { ScoreForm } from "./ReviewScoreForm";

export function ReviewPage() {
  const { assignmentId = "" } = useParams();
  const { t, en, cents } = useDecT();
  const inbox = useInbox();
  const item = inbox.data?.find((i) => i.assignmentId === assignmentId);
  const declared = item ? item.status !== "assigned" : false;
  const review = useReview(assignmentId, declared);
  if (inbox.isLoading) return <Loading />;
  if (!item) return <div className="page"><ErrorMessage error={inbox.error ?? new Error("not found")} /></div>;
  const callName = en ? item.callNameEn : item.callNameNl;
  return (
    <div className="page">
      <PageHeader title={t("review.title", { reference: item.reference })} description={<p>{callName}</p>} back={{ to: "/app/subsidies/beoordelingen", label: t("inbox.title") }} />
      <section aria-labelledby="participants-h">
        <h2 id="participants-h">{t("review.participants")}</h2>
        <ul>
          {item.participants.map((p) => (
            <li key={`${p.name}-${p.role}`}>{p.name}{p.enterpriseNumber ? ` (${p.enterpriseNumber})` : ""} — {t(`role.${p.role}`)}</li>
          ))}
        </ul>
      </section>
      {!declared ? (
        <Declaration assignmentId={assignmentId} />
      ) : review.isLoading ? (
        <Loading />
      ) : review.data ? (
        <>
          <section aria-labelledby="application-h">
            <h2 id="application-h">{t("review.application")}</h2>
            <p><strong>{review.data.application.title}</strong></p>
            <p>{t("review.requested")}: {cents(review.data.application.amountRequestedCents)}</p>
            <h3>{t("review.answers")}</h3>
            <dl className="definition-list">
              {review.data.call.form.sections.flatMap((s) => s.fields).map((field) => {
                const v = review.data!.application.answers[field.key];
                return (
                  <div key={field.key}>
                    <dt>{en ? field.label.en : field.label.nl}</dt>
                    <dd>{v === undefined || v === null || v === "" ? t("review.noAnswer") : typeof v === "object" ? JSON.stringify(v) : String(v)}</dd>
                  </div>
                );
              })}
            </dl>
          </section>
          <ScoreForm detail={review.data} />
        </>
      ) : (
        <ErrorMessage error={review.error} />
      )}
    </div>
  );
}

function Declaration({ assignmentId }: { assignmentId: string }) {
  const { t } = useDecT();
  const id = useId();
  const toast = useToast();
  const navigate = useNavigate();
  const declare = useDeclare();
  const [choice, setChoice] = useState<"none" | "conflict" | "">("");
  const [note, setNote] = useState("");
  const [confirming, setConfirming] = useState(false);
  const noteError = choice === "conflict" && note.trim().length > 0 && note.trim().length < 10;
  const submit = async () => {
    if (choice === "none") {
      await declare.mutateAsync({ assignmentId, conflict: false });
      toast.success(t("declaration.done"));
    } else if (choice === "conflict") {
      await declare.mutateAsync({ assignmentId, conflict: true, note: note.trim() });
      toast.success(t("declaration.conflictDone"));
      navigate("/app/subsidies/beoordelingen");
    }
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t("declaration.title")}</h2>
      <p>{t("declaration.body")}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (choice === "conflict") setConfirming(true);
          else void submit().catch(() => {});
        }}
      >
        <ErrorMessage error={declare.error} />
        <fieldset className="field fieldset">
          <legend className="field__label">{t("declaration.title")}</legend>
          <div className="checkbox">
            <input type="radio" id={`${id}-none`} name="declaration" checked={choice === "none"} onChange={() => setChoice("none")} />
            <label htmlFor={`${id}-none`}>{t("declaration.noConflict")}</label>
          </div>
          <div className="checkbox">
            <input type="radio" id={`${id}-conflict`} name="declaration" checked={choice === "conflict"} onChange={() => setChoice("conflict")} />
            <label htmlFor={`${id}-conflict`}>{t("declaration.conflict")}</label>
          </div>
        </fieldset>
        {choice === "conflict" ? (
          <div className={`field${noteError ? " field--invalid" : ""}`}>
            <label className="field__label" htmlFor={`${id}-note`}>{t("declaration.note")}</label>
            <textarea id={`${id}-note`} className="input" rows={3} value={note} onChange={(e) => setNote(e.target.value)} aria-describedby={`${id}-note-hint`} aria-invalid={noteError || undefined} required />
            <p className="field__hint" id={`${id}-note-hint`}>{t("declaration.noteHint")}</p>
          </div>
        ) : null}
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={declare.isPending} disabled={!choice || (choice === "conflict" && note.trim().length < 10)}>
            {t("declaration.submit")}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t("declaration.confirmTitle")}
        confirmLabel={t("declaration.confirm")}
        destructive
        busy={declare.isPending}
        onConfirm={() => void submit().catch(() => {}).finally(() => setConfirming(false))}
        onCancel={() => setConfirming(false)}
      >
        <p>{t("declaration.confirmBody")}</p>
      </ConfirmDialog>
    </section>
  );
}
