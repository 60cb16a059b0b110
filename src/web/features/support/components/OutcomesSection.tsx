/**
 * A trajectory's outcomes: the totals per outcome field of its programme, the recorded values, and for
 * account managers the form to record the figures of a date (one field per outcome field of the
 * programme; "AI in gebruik" as a checkbox).
 */
import { useId, useState } from "react";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import { z } from "zod";
import type { ErrorDetail } from "../../../../contracts/errors";
import { OutcomeInput, type OutcomeField, type OutcomeView, type TrajectoryDetail } from "../../../../contracts/support";
import { Button } from "../../../components/Button";
import { DataTable } from "../../../components/DataTable";
import { Checkbox, TextField } from "../../../components/fields";
import { useToast } from "../../../components/Toast";
import { useFormat } from "../../../i18n/hooks";
import { useRecordOutcome } from "../api";
import { applyDetails, supportResolver } from "../lib/errors";
import { todayIso, useSupT } from "../lib/format";
import { ActionError } from "./ActionError";

function useOutcomeValue() {
  const { t } = useSupT();
  const f = useFormat();
  return (field: OutcomeField | string, value: number) => {
    if (field === "ai_in_use") return value >= 1 ? t("yes") : t("no");
    if (field === "investment_eur") return f.euro(value);
    return f.number(value, 2);
  };
}

export function OutcomeTotals({ detail }: { detail: TrajectoryDetail }) {
  const { t } = useSupT();
  const show = useOutcomeValue();
  return (
    <dl className="org-facts sup-totals">
      {detail.outcomeFields.map((field) => (
        <div className="org-facts__item" key={field}>
          <dt>{t(`outcome.${field}`)}</dt>
          <dd>{show(field, detail.outcomeTotals[field] ?? 0)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function OutcomeList({ detail }: { detail: TrajectoryDetail }) {
  const { t } = useSupT();
  const f = useFormat();
  const show = useOutcomeValue();
  const rows = [...detail.outcomes].sort((a, b) => b.date.localeCompare(a.date) || b.recordedAt.localeCompare(a.recordedAt));
  return (
    <DataTable<OutcomeView>
      caption={t("outcomes.caption")}
      captionHidden
      rows={rows}
      rowKey={(o) => o.id}
      emptyMessage={t("outcomes.empty")}
      columns={[
        { key: "date", header: t("outcomes.date"), cell: (o) => <time dateTime={o.date}>{f.date(o.date)}</time> },
        { key: "field", header: t("outcomes.field"), rowHeader: true, cell: (o) => t(`outcome.${o.field}`) },
        { key: "value", header: t("outcomes.value"), align: "end", cell: (o) => show(o.field, o.value) },
        { key: "note", header: t("outcomes.note"), cell: (o) => o.note || t("none") },
        ...(detail.view === "staff" ? [{ key: "by", header: t("outcomes.recordedBy"), cell: (o: OutcomeView) => o.recordedBy }] : []),
      ]}
    />
  );
}

interface Values {
  date: string;
  note: string;
  values: Partial<Record<OutcomeField, string | boolean>>;
}

/** Form values to the contract's shape: empty fields left out, "12,5" read as 12.5, the AI checkbox as 1. */
function toInput(v: unknown): unknown {
  const raw = (v ?? {}) as Values;
  const values: Record<string, unknown> = {};
  for (const [field, x] of Object.entries(raw.values ?? {})) {
    if (field === "ai_in_use") {
      if (x === true) values[field] = 1;
      continue;
    }
    if (typeof x !== "string" || x.trim() === "") continue;
    const n = Number(x.trim().replace(/\s/g, "").replace(",", "."));
    values[field] = Number.isFinite(n) ? n : x;
  }
  return { date: raw.date, note: raw.note ?? "", values };
}
const schema = z.preprocess(toInput, OutcomeInput);

export function OutcomeForm({ detail }: { detail: TrajectoryDetail }) {
  const { t } = useSupT();
  const id = useId();
  const toast = useToast();
  const record = useRecordOutcome(detail.id);
  const [rest, setRest] = useState<ErrorDetail[]>([]);
  const empty: Values = { date: todayIso(), note: "", values: Object.fromEntries(detail.outcomeFields.map((f) => [f, f === "ai_in_use" ? false : ""])) };
  const form = useForm<Values>({ resolver: supportResolver(schema) as unknown as Resolver<Values>, defaultValues: empty });
  const fields = detail.outcomeFields.map((f) => `values.${f}`);
  const submit = form.handleSubmit(async (values) => {
    setRest([]);
    try {
      await record.mutateAsync(values as unknown as OutcomeInput);
      toast.success(t("outcomes.saved"));
      form.reset({ ...empty, date: todayIso() });
    } catch (e) {
      setRest(applyDetails(e, form.setError, ["date", "note", ...fields]));
    }
  });
  const valuesError = form.formState.errors.values as { message?: string; type?: string } | undefined;
  return (
    <FormProvider {...form}>
      <form className="sup-form" aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)} noValidate>
        <h3 id={`${id}-h`}>{t("outcomes.add")}</h3>
        <p className="field__hint">{t("outcomes.hint")}</p>
        <ActionError error={record.error} details={rest} />
        {valuesError?.message ? (
          <p className="field__error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t("details.one_figure")}
          </p>
        ) : null}
        <div className="form__grid">
          <TextField name="date" type="date" label={t("outcomes.date")} required max={todayIso()} />
          {detail.outcomeFields
            .filter((f) => f !== "ai_in_use")
            .map((f) => (
              <TextField key={f} name={`values.${f}`} label={t(`outcome.${f}`)} inputMode={f === "investment_eur" ? "decimal" : "numeric"} autoComplete="off" />
            ))}
        </div>
        {detail.outcomeFields.includes("ai_in_use") ? <Checkbox name="values.ai_in_use" label={t("outcomes.aiInUse")} /> : null}
        <TextField name="note" label={t("outcomes.note")} maxLength={2000} />
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={record.isPending}>
            {t("outcomes.submit")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
