/**
 * A trajectory's interactions (visits, calls, workshops, mails), newest first, and for account managers
 * the form to add one: kind, date, people, notes and "confidential" (kept from the entrepreneur's view).
 */
import { useId, useState } from "react";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import type { ErrorDetail } from "../../../../contracts/errors";
import { InteractionInput, InteractionKind, type TrajectoryDetail } from "../../../../contracts/support";
import { Button } from "../../../components/Button";
import { Checkbox, SelectField, TextField } from "../../../components/fields";
import { Pill } from "../../../components/StatusBadge";
import { useToast } from "../../../components/Toast";
import { useFormat } from "../../../i18n/hooks";
import { useRecordInteraction } from "../api";
import { applyDetails, supportResolver } from "../lib/errors";
import { todayIso, useSupT } from "../lib/format";
import { ActionError } from "./ActionError";
import { TextAreaField } from "../../../components/TextAreaField";

interface Values {
  kind: string;
  date: string;
  people: string;
  notes: string;
  confidential: boolean;
}

export function InteractionList({ detail }: { detail: TrajectoryDetail }) {
  const { t } = useSupT();
  const f = useFormat();
  const items = [...detail.interactions].sort((a, b) => (a.date === b.date ? b.recordedAt.localeCompare(a.recordedAt) : b.date.localeCompare(a.date)));
  if (!items.length) return <p className="muted">{t("interactions.empty")}</p>;
  return (
    <ol className="sup-timeline">
      {items.map((i) => (
        <li key={i.id} className="sup-timeline__item">
          <p className="sup-timeline__head">
            <time dateTime={i.date}>{f.date(i.date)}</time>
            <span className="sup-timeline__what">{t(`interactionKind.${i.kind}`)}</span>
            {i.confidential ? (
              <Pill tone="negative">{t("confidential")}</Pill>
            ) : null}
          </p>
          {i.people ? <p className="sup-timeline__detail">{i.people}</p> : null}
          {i.notes ? <p className="sup-timeline__detail sup-pre">{i.notes}</p> : null}
          {detail.view === "staff" ? <p className="muted small">{t("interactions.recordedBy", { who: i.recordedBy })}</p> : null}
        </li>
      ))}
    </ol>
  );
}

export function InteractionForm({ trajectoryId }: { trajectoryId: string }) {
  const { t } = useSupT();
  const id = useId();
  const toast = useToast();
  const record = useRecordInteraction(trajectoryId);
  const [rest, setRest] = useState<ErrorDetail[]>([]);
  const defaults: Values = { kind: "visit", date: todayIso(), people: "", notes: "", confidential: false };
  const form = useForm<Values>({ resolver: supportResolver(InteractionInput) as unknown as Resolver<Values>, defaultValues: defaults });
  const submit = form.handleSubmit(async (values) => {
    setRest([]);
    try {
      await record.mutateAsync(values as unknown as InteractionInput);
      toast.success(t("interactions.saved"));
      form.reset({ ...defaults, date: todayIso() });
    } catch (e) {
      setRest(applyDetails(e, form.setError, ["kind", "date", "people", "notes", "confidential"]));
    }
  });
  return (
    <FormProvider {...form}>
      <form className="sup-form" aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)} noValidate>
        <h3 id={`${id}-h`}>{t("interactions.add")}</h3>
        <ActionError error={record.error} details={rest} />
        <div className="form__grid">
          <SelectField name="kind" label={t("interactions.kind")} required options={InteractionKind.options.map((k) => ({ value: k, label: t(`interactionKind.${k}`) }))} />
          <TextField name="date" type="date" label={t("interactions.date")} required max={todayIso()} />
        </div>
        <TextField name="people" label={t("interactions.people")} maxLength={1000} />
        <TextAreaField name="notes" label={t("interactions.notes")} rows={4} maxLength={10000} />
        <Checkbox name="confidential" label={t("interactions.confidential")} />
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={record.isPending}>
            {t("interactions.submit")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
