import { useEffect, useId, useRef, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { MeasurementCorrection, type MeasurementView, type Unit } from "../../../../contracts/compass";
import { Button } from "../../../components/Button";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { FormErrorSummary } from "../../../components/FormErrorSummary";
import { TextField } from "../../../components/fields";
import { applyServerErrors } from "../../../components/form";
import { formatDate } from "../../../i18n/format";
import { useCorrectMeasurement } from "../api";
import { formatValue, useCompassT } from "../lib/format";
import { mappedResolver, num, numText } from "../lib/forms";
import { TextAreaField } from "../../../components/TextAreaField";

type Values = { value: string; source: string; note: string };

/**
 * Corrects a value: new value, source and the reason (required), then an explicit confirmation.
 * The old value stays in the history as superseded.
 */
export function CorrectionDialog({ measurement, unit, municipalityName, onClose }: { measurement: MeasurementView; unit: Unit; municipalityName?: string; onClose: (done?: string) => void }) {
  const { t, locale } = useCompassT();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const mutation = useCorrectMeasurement();
  const [pending, setPending] = useState<MeasurementCorrection | null>(null);
  const form = useForm<Values, unknown, MeasurementCorrection>({
    defaultValues: { value: numText(measurement.value, locale), source: measurement.source, note: "" },
    resolver: mappedResolver(MeasurementCorrection, (v: Values) => ({ value: num(v.value, locale) ?? undefined, source: v.source, note: v.note })),
  });

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const confirm = async () => {
    if (!pending) return;
    try {
      const res = await mutation.mutateAsync({ id: measurement.id, input: pending });
      ref.current?.close();
      onClose(t("measurement.corrected", { status: t(`status.${res.status.status}`) }));
    } catch (e) {
      setPending(null);
      applyServerErrors(e, form.setError, ["value", "source", "note"]);
    }
  };

  const where = municipalityName ? `${formatDate(measurement.periodDate, locale)}, ${municipalityName}` : formatDate(measurement.periodDate, locale);
  return (
    <dialog ref={ref} className="compass-dialog" aria-labelledby={titleId} onClose={() => onClose()}>
      <h2 id={titleId}>{t("correction.title", { where })}</h2>
      {pending ? (
        <div>
          <p>
            {t("correction.confirmText", {
              old: formatValue(measurement.value, unit, locale, t),
              value: formatValue(pending.value, unit, locale, t),
              where,
            })}
          </p>
          <p className="compass-muted">{t("correction.keepsHistory")}</p>
          <ErrorMessage error={mutation.error} hideDetails />
          <div className="compass-actions">
            <Button variant="primary" busy={mutation.isPending} onClick={() => void confirm()} autoFocus>
              {t("correction.confirm")}
            </Button>
            <Button onClick={() => setPending(null)}>{t("correction.back")}</Button>
          </div>
        </div>
      ) : (
        <FormProvider {...form}>
          <form noValidate onSubmit={form.handleSubmit((v) => setPending(v))}>
            <FormErrorSummary labels={{ value: t("measurement.value"), source: t("measurement.source"), note: t("correction.reason") }} />
            <ErrorMessage error={mutation.error} hideDetails />
            <p>{t("correction.current", { value: formatValue(measurement.value, unit, locale, t) })}</p>
            <TextField name="value" label={t("correction.newValue")} inputMode="decimal" required autoComplete="off" />
            <TextField name="source" label={t("measurement.source")} />
            <TextAreaField name="note" label={t("correction.reason")} hint={t("correction.reasonHint")} required />
            <div className="compass-actions">
              <Button type="submit" variant="primary">
                {t("correction.next")}
              </Button>
              <Button
                onClick={() => {
                  ref.current?.close();
                }}
              >
                {t("cancel")}
              </Button>
            </div>
          </form>
        </FormProvider>
      )}
    </dialog>
  );
}
