/** Requests for more information: officers ask, the applicant answers each open question. */
import { useId, useState } from "react";
import type { ApplicationDetail, InformationRequestView } from "../../../../contracts/grants-portal";
import { Button } from "../../../components/Button";
import { useToast } from "../../../components/Toast";
import { useFormat } from "../../../i18n/hooks";
import { useAnswer, useAsk } from "../api";
import { useGrT } from "../lib/format";
import { GrantsError } from "./GrantsError";

export function RequestsSection({ detail, isLead, isOfficer }: { detail: ApplicationDetail; isLead: boolean; isOfficer: boolean }) {
  const { t } = useGrT();
  const f = useFormat();
  const id = useId();
  const toast = useToast();
  const ask = useAsk();
  const [question, setQuestion] = useState("");
  const [due, setDue] = useState("");
  const canAsk = isOfficer && (detail.status === "submitted" || detail.status === "more_info_requested");
  if (!detail.informationRequests.length && !canAsk) return null;
  return (
    <section className="card grants-block" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t("requests.title")}</h2>
      {!detail.informationRequests.length ? <p>{t("requests.none")}</p> : null}
      <ol className="grants-requests">
        {detail.informationRequests.map((r) => (
          <li key={r.id}>
            <p><strong>{r.question}</strong></p>
            <p className="field__hint">{t("requests.asked", { when: f.dateTime(r.askedAt) })}{r.dueDate ? ` · ${t("requests.due", { date: f.date(r.dueDate) })}` : ""}</p>
            {r.answer !== null ? (
              <p>{r.answer} <span className="field__hint">({t("requests.answered", { when: f.dateTime(r.answeredAt) })})</span></p>
            ) : isLead && detail.status === "more_info_requested" ? (
              <AnswerForm detail={detail} request={r} />
            ) : null}
          </li>
        ))}
      </ol>
      {canAsk ? (
        <form onSubmit={(e) => { e.preventDefault(); void ask.mutateAsync({ id: detail.id, question, dueDate: due || undefined }).then(() => { setQuestion(""); setDue(""); toast.success(t("requests.askDone")); }, () => undefined); }}>
          <GrantsError error={ask.error} />
          <div className="field">
            <label className="field__label" htmlFor={`${id}-q`}>{t("requests.question")}</label>
            <textarea id={`${id}-q`} className="field__input" rows={3} maxLength={4000} value={question} onChange={(e) => setQuestion(e.target.value)} required />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-d`}>{t("requests.dueDate")}</label>
            <input id={`${id}-d`} type="date" className="field__input field__input--short" value={due} onChange={(e) => setDue(e.target.value)} />
          </div>
          <Button type="submit" busy={ask.isPending}>{t("requests.ask")}</Button>
        </form>
      ) : null}
    </section>
  );
}

function AnswerForm({ detail, request }: { detail: ApplicationDetail; request: InformationRequestView }) {
  const { t } = useGrT();
  const id = useId();
  const toast = useToast();
  const answer = useAnswer();
  const [text, setText] = useState("");
  return (
    <form onSubmit={(e) => { e.preventDefault(); void answer.mutateAsync({ id: detail.id, requestId: request.id, answer: text }).then(() => toast.success(t("requests.answerDone")), () => undefined); }}>
      <GrantsError error={answer.error} />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-a`}>{t("requests.answer")}</label>
        <textarea id={`${id}-a`} className="field__input" rows={3} maxLength={8000} value={text} onChange={(e) => setText(e.target.value)} required />
      </div>
      <Button type="submit" variant="primary" busy={answer.isPending}>{t("requests.send")}</Button>
    </form>
  );
}
