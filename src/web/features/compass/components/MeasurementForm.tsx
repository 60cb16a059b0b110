import { useRef, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { MeasurementInput, type IndicatorDetail } from "../../../../contracts/compass";
import { ApiError } from "../../../app/api";
import { Button } from "../../../components/Button";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { FormErrorSummary } from "../../../components/FormErrorSummary";
import { SelectField, TextField } from "../../../components/fields";
import { applyServerErrors } from "../../../components/form";
import { useAddMeasurement } from "../api";
import type { CompassAccess } from "../lib/access";
import { formatValue, useCompassT } from "../lib/format";
import { mappedResolver, num } from "../lib/forms";
import { TextAreaField } from "../../../components/TextAreaField";

type Values = { periodDate: string; municipalityNis: string; value: string; source: string; note: string };

/** True when the server refused the value because it turns the indicator off track without a note. */
export function isNoteRequired(err: unknown): boolean {
  return err instanceof ApiError && err.status === 412 && (err.body.details ?? []).some((d) => d.code === "note_required");
}

/**
 * Adds a value: period, municipality (when the indicator is broken down), value, source and note.
 * When the value would turn the indicator off track the server asks for a note; the form then marks
 * the note as required and moves focus to it.
 */
export function MeasurementForm({ indicator, access }: { indicator: IndicatorDetail; access: CompassAccess }) {
  const { t, locale } = useCompassT();
  const mutation = useAddMeasurement(indicator.id);
  const [noteRequired, setNoteRequired] = useState<string | false>(false);
  const [done, setDone] = useState("");
  const statusRef = useRef<HTMLParagraphElement>(null);
  const municipalities = indicator.municipalities.filter((m) => access.canEdit || access.municipalities.includes(m.nis));
  const provinceAllowed = access.canEdit;
  const form = useForm<Values, unknown, MeasurementInput>({
    defaultValues: { periodDate: "", municipalityNis: provinceAllowed ? "" : (municipalities[0]?.nis ?? ""), value: "", source: "", note: "" },
    resolver: mappedResolver(MeasurementInput, (v: Values) => ({
      periodDate: v.periodDate || undefined,
      municipalityNis: v.municipalityNis || null,
      value: num(v.value, locale) ?? undefined,
      source: v.source,
      note: v.note,
    })),
  });

  const submit = async (input: MeasurementInput) => {
    setDone("");
    if (noteRequired !== false && !input.note.trim()) {
      form.setError("note", { type: "note_required", message: t("measurement.noteRequired") }, { shouldFocus: true });
      return;
    }
    try {
      const res = await mutation.mutateAsync(input);
      setNoteRequired(false);
      form.reset({ periodDate: "", municipalityNis: input.municipalityNis ?? "", value: "", source: input.source, note: "" });
      setDone(t("measurement.added", { value: formatValue(res.measurement.value, indicator.unit, locale, t), status: t(`status.${res.status.status}`), sentence: res.status.sentence }));
      statusRef.current?.focus();
    } catch (e) {
      if (isNoteRequired(e)) {
        setNoteRequired((e as ApiError).body.details?.find((d) => d.code === "note_required")?.message ?? "");
        form.setError("note", { type: "note_required", message: t("measurement.noteRequired") }, { shouldFocus: true });
        return;
      }
      applyServerErrors(e, form.setError, ["periodDate", "municipalityNis", "value", "source", "note"]);
    }
  };

  return (
    <FormProvider {...form}>
      <form className="compass-form" noValidate onSubmit={form.handleSubmit(submit)} aria-label={t("measurement.addTitle")}>
        <FormErrorSummary labels={{ periodDate: t("measurement.period"), municipalityNis: t("measurement.municipality"), value: t("measurement.value"), source: t("measurement.source"), note: t("measurement.note") }} />
        {mutation.error && !isNoteRequired(mutation.error) ? <ErrorMessage error={mutation.error} hideDetails /> : null}
        {noteRequired !== false ? (
          <div className="alert alert--warning" role="alert">
            <p>{t("measurement.noteRequiredExplain")}</p>
            {noteRequired ? <p>{noteRequired}</p> : null}
          </div>
        ) : null}
        <div className="compass-form__row">
          <TextField name="periodDate" label={t("measurement.period")} type="date" required hint={t("measurement.periodHint")} />
          {indicator.perMunicipality ? (
            <SelectField
              name="municipalityNis"
              label={t("measurement.municipality")}
              options={municipalities.map((m) => ({ value: m.nis, label: m.name }))}
              placeholder={provinceAllowed ? t("measurement.province") : undefined}
              required={!provinceAllowed}
            />
          ) : null}
          <TextField name="value" label={t("measurement.valueIn", { unit: t(`unitName.${indicator.unit}`) })} inputMode="decimal" autoComplete="off" required />
        </div>
        <TextField name="source" label={t("measurement.source")} />
        <TextAreaField name="note" label={t("measurement.note")} required={noteRequired !== false} hint={noteRequired !== false ? undefined : t("measurement.noteHint")} />
        <div className="compass-actions">
          <Button type="submit" variant="primary" busy={mutation.isPending}>
            {t("measurement.save")}
          </Button>
        </div>
        <p role="status" tabIndex={-1} ref={statusRef} className="compass-notice">
          {done}
        </p>
      </form>
    </FormProvider>
  );
}
