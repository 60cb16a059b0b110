/** The officer's reviewer assignment on the decision page: who reviews and where each stands; assigning starts the review. */
import { useId, useState } from "react";
import { Button } from "../../../components/Button";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { useToast } from "../../../components/Toast";
import { useAssignReviewers, useReviewers, useReviewerUsers } from "../decisions-api";
import { useDecT } from "../lib/decisions-format";

export function ReviewersSection({ applicationId }: { applicationId: string }) {
  const { t, f } = useDecT();
  const id = useId();
  const toast = useToast();
  const assigned = useReviewers(applicationId, true);
  const candidates = useReviewerUsers(true);
  const assign = useAssignReviewers();
  const [chosen, setChosen] = useState("");
  const taken = new Set((assigned.data ?? []).map((a) => a.reviewerId));
  const free = (candidates.data ?? []).filter((c) => !taken.has(c.id));
  return (
    <section aria-labelledby={`${id}-h`} className="card">
      <h2 id={`${id}-h`}>{t("reviewers.title")}</h2>
      {assigned.data?.length ? (
        <ul>{assigned.data.map((a) => <li key={a.id}>{a.reviewerName}: {t(`assignment.${a.status}`)} ({f.date(a.assignedAt)})</li>)}</ul>
      ) : (
        <p>{t("reviewers.none")}</p>
      )}
      <ErrorMessage error={assign.error ?? candidates.error} />
      <form noValidate onSubmit={(e) => {
        e.preventDefault();
        if (chosen) void assign.mutateAsync({ applicationId, reviewerIds: [chosen] }).then(() => { toast.success(t("reviewers.done")); setChosen(""); }).catch(() => {});
      }}>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-reviewer`}>{t("reviewers.choose")}</label>
          <select id={`${id}-reviewer`} className="input" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">—</option>
            {free.map((c) => <option key={c.id} value={c.id}>{c.displayName}</option>)}
          </select>
        </div>
        <div className="form__actions">
          <Button type="submit" busy={assign.isPending} disabled={!chosen}>{t("reviewers.assign")}</Button>
        </div>
      </form>
    </section>
  );
}
