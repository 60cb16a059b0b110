/** The scoring form on the call's rubric: a score on the scale and a comment per criterion. */
import { useId, useState } from "react";
import type { ReviewDetail } from "../../../../contracts/grants-decisions";
import { ApiError } from "../../../app/api";
import { Button } from "../../../components/Button";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { useToast } from "../../../components/Toast";
import { useScore } from "../decisions-api";
import { useDecT } from "../lib/decisions-format";

export function ScoreForm({ detail }: { detail: ReviewDetail }) {
  const { t, f, en } = useDecT();
  const id = useId();
  const toast = useToast();
  const score = useScore();
  const rubric = detail.call.rubric;
  const initial = Object.fromEntries(rubric.criteria.map((c) => {
    const s = detail.scores?.find((x) => x.criterion === c.key);
    return [c.key, { score: s ? String(s.score) : "", comment: s?.comment ?? "" }];
  }));
  const [values, setValues] = useState<Record<string, { score: string; comment: string }>>(initial);
  const details = score.error instanceof ApiError ? (score.error.body.details ?? []) : [];
  const invalid = (i: number, field: "score" | "comment") => details.some((d) => d.path === `body.scores.${i}.${field}`);
  const submit = async () => {
    await score.mutateAsync({
      assignmentId: detail.assignmentId,
      scores: rubric.criteria.map((c) => ({ criterion: c.key, score: Number(values[c.key].score), comment: values[c.key].comment })),
    });
    toast.success(t("review.saved"));
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t("review.scoring")}</h2>
      <p>{t("review.scale", { min: rubric.scale.min, max: rubric.scale.max })}</p>
      {detail.weightedScore !== null ? <p role="status">{t("review.weighted", { score: f.number(detail.weightedScore, 2) })}</p> : null}
      <form noValidate onSubmit={(e) => { e.preventDefault(); void submit().catch(() => {}); }}>
        <ErrorMessage error={score.error} />
        {rubric.criteria.map((c, i) => {
          const label = en ? c.label.en : c.label.nl;
          return (
            <fieldset key={c.key} className="field fieldset">
              <legend className="field__label">{label} ({t("review.weight", { weight: c.weight })})</legend>
              <div className={`field${invalid(i, "score") ? " field--invalid" : ""}`}>
                <label className="field__label" htmlFor={`${id}-${c.key}-score`}>{t("review.score", { criterion: label })}</label>
                <input
                  id={`${id}-${c.key}-score`}
                  className="input"
                  type="number"
                  inputMode="numeric"
                  min={rubric.scale.min}
                  max={rubric.scale.max}
                  step={1}
                  required
                  aria-invalid={invalid(i, "score") || undefined}
                  value={values[c.key].score}
                  onChange={(e) => setValues({ ...values, [c.key]: { ...values[c.key], score: e.target.value } })}
                />
              </div>
              <div className={`field${invalid(i, "comment") ? " field--invalid" : ""}`}>
                <label className="field__label" htmlFor={`${id}-${c.key}-comment`}>{t("review.comment", { criterion: label })}</label>
                <textarea
                  id={`${id}-${c.key}-comment`}
                  className="input"
                  rows={2}
                  required
                  maxLength={4000}
                  aria-invalid={invalid(i, "comment") || undefined}
                  value={values[c.key].comment}
                  onChange={(e) => setValues({ ...values, [c.key]: { ...values[c.key], comment: e.target.value } })}
                />
              </div>
            </fieldset>
          );
        })}
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={score.isPending} disabled={detail.application.status !== "under_review"}>
            {t("review.save")}
          </Button>
        </div>
      </form>
    </section>
  );
}
