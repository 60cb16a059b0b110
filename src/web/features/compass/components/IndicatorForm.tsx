import { useMemo } from "react";
import type { AppLocale } from "../../../i18n/format";
import { FormProvider, useForm } from "react-hook-form";
import { IndicatorInput, type GoalView, type IndicatorDetail } from "../../../../contracts/compass";
import { ApiError } from "../../../app/api";
import { Button } from "../../../components/Button";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { FormErrorSummary } from "../../../components/FormErrorSummary";
import { Checkbox, SelectField, TextField } from "../../../components/fields";
import { applyServerErrors } from "../../../components/form";
import { useCreateIndicator, useMetrics, useUpdateIndicator } from "../api";
import { goalTitle, UNITS, useCompassT } from "../lib/format";
import { mappedResolver, num, numText } from "../lib/forms";
import { buildGoalTree, flattenTree } from "../lib/tree";
import { TextAreaField } from "../../../components/TextAreaField";

type Values = {
  code: string;
  goalCode: string;
  nameNl: string;
  nameEn: string;
  descriptionNl: string;
  descriptionEn: string;
  unit: string;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  targetValueHigh: string;
  targetDate: string;
  direction: string;
  source: string;
  sourceNote: string;
  owner: string;
  published: boolean;
  perMunicipality: boolean;
  aggregation: string;
  kind: string;
  metricKey: string;
  onTrackRatio: string;
  atRiskRatio: string;
  position: string;
};

const FIELDS = [
  "code", "goalCode", "nameNl", "nameEn", "descriptionNl", "descriptionEn", "unit", "baselineValue", "baselineDate", "targetValue", "targetValueHigh", "targetDate",
  "direction", "source", "sourceNote", "owner", "published", "perMunicipality", "aggregation", "kind", "metricKey", "onTrackRatio", "atRiskRatio", "position",
] as const;

function toValues(ind: IndicatorDetail | null, goalCode: string, locale: AppLocale): Values {
  return {
    code: ind?.code ?? "",
    goalCode: ind?.goal.code ?? goalCode,
    nameNl: ind?.nameNl ?? "",
    nameEn: ind?.nameEn ?? "",
    descriptionNl: ind?.descriptionNl ?? "",
    descriptionEn: ind?.descriptionEn ?? "",
    unit: ind?.unit ?? "count",
    baselineValue: numText(ind?.baselineValue, locale),
    baselineDate: ind?.baselineDate ?? "",
    targetValue: numText(ind?.targetValue, locale),
    targetValueHigh: numText(ind?.targetValueHigh, locale),
    targetDate: ind?.targetDate ?? "",
    direction: ind?.direction ?? "raise",
    source: ind?.source ?? "",
    sourceNote: ind?.sourceNote ?? "",
    owner: ind?.owner ?? "",
    published: ind?.published ?? false,
    perMunicipality: ind?.perMunicipality ?? false,
    aggregation: ind?.aggregation ?? "sum",
    kind: ind?.kind ?? "measured",
    metricKey: ind?.metricKey ?? "",
    onTrackRatio: numText(ind?.onTrackRatio ?? 0.95, locale),
    atRiskRatio: numText(ind?.atRiskRatio ?? 0.8, locale),
    position: String((ind as { position?: number } | null)?.position ?? 0),
  };
}

/**
 * Creates an indicator (indicator null) or edits one (all fields, with its version). The form validates
 * with IndicatorInput, the server's own rules (derived needs a metric, ranges and thresholds in order).
 */
export function IndicatorForm({
  indicator,
  goals,
  goalCode = "",
  onDone,
  onCancel,
}: {
  indicator: IndicatorDetail | null;
  goals: GoalView[];
  goalCode?: string;
  onDone: (saved: IndicatorDetail) => void;
  onCancel?: () => void;
}) {
  const { t, locale } = useCompassT();
  const create = useCreateIndicator();
  const update = useUpdateIndicator();
  const mutation = indicator ? update : create;
  const form = useForm<Values, unknown, IndicatorInput>({
    defaultValues: toValues(indicator, goalCode, locale),
    resolver: mappedResolver(IndicatorInput, (v: Values) => ({
      ...v,
      baselineValue: num(v.baselineValue, locale),
      baselineDate: v.baselineDate || null,
      targetValue: num(v.targetValue, locale),
      targetValueHigh: num(v.targetValueHigh, locale),
      targetDate: v.targetDate || null,
      metricKey: v.kind === "derived" ? v.metricKey || null : null,
      onTrackRatio: num(v.onTrackRatio, locale) ?? undefined,
      atRiskRatio: num(v.atRiskRatio, locale) ?? undefined,
      position: v.position === "" ? undefined : Number(v.position),
    })),
  });
  const kind = form.watch("kind");
  const metrics = useMetrics(kind === "derived");
  const goalOptions = useMemo(
    () => flattenTree(buildGoalTree(goals)).map(({ goal, depth }) => ({ value: goal.code, label: `${"\u00a0\u00a0".repeat(depth)}${goal.code} ${goalTitle(goal, locale)}` })),
    [goals, locale],
  );
  const labels: Record<string, string> = Object.fromEntries(FIELDS.map((f) => [f, t(`indicatorForm.${f}`)]));

  const submit = async (input: IndicatorInput) => {
    try {
      if (indicator) {
        // The detail view carries no position: an edit leaves the order as it is.
        const { code: _code, position: _position, ...rest } = input;
        onDone(await update.mutateAsync({ id: indicator.id, input: { ...rest, version: indicator.version } }));
      } else {
        onDone(await create.mutateAsync(input));
      }
    } catch (e) {
      applyServerErrors(e, form.setError, FIELDS);
    }
  };
  const conflict = mutation.error instanceof ApiError && mutation.error.body.code === "conflict";

  return (
    <FormProvider {...form}>
      <form className="compass-form" noValidate onSubmit={form.handleSubmit(submit)}>
        <FormErrorSummary labels={labels} />
        <ErrorMessage error={mutation.error} fieldLabels={labels} messages={conflict ? { conflict: t("indicatorForm.conflict") } : undefined} />
        <fieldset className="fieldset">
          <legend>{t("indicatorForm.identity")}</legend>
          <div className="compass-form__row">
            <TextField name="code" label={labels.code} required readOnly={!!indicator} hint={indicator ? t("indicatorForm.codeFixed") : t("indicatorForm.codeHint")} autoComplete="off" />
            <SelectField name="goalCode" label={labels.goalCode} options={goalOptions} placeholder={t("indicatorForm.chooseGoal")} required />
          </div>
          <div className="compass-form__row">
            <TextField name="nameNl" label={labels.nameNl} required lang="nl" />
            <TextField name="nameEn" label={labels.nameEn} required lang="en" />
          </div>
          <div className="compass-form__row">
            <TextAreaField name="descriptionNl" label={labels.descriptionNl} lang="nl" />
            <TextAreaField name="descriptionEn" label={labels.descriptionEn} lang="en" />
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t("indicatorForm.figures")}</legend>
          <div className="compass-form__row">
            <SelectField name="unit" label={labels.unit} options={UNITS.map((u) => ({ value: u, label: t(`unitName.${u}`) }))} required />
            <SelectField name="direction" label={labels.direction} options={["raise", "lower", "keep"].map((d) => ({ value: d, label: t(`direction.${d}`) }))} required />
            <SelectField name="aggregation" label={labels.aggregation} options={["sum", "none"].map((a) => ({ value: a, label: t(`aggregation.${a}`) }))} hint={t("indicatorForm.aggregationHint")} />
          </div>
          <div className="compass-form__row">
            <TextField name="baselineValue" label={labels.baselineValue} inputMode="decimal" autoComplete="off" />
            <TextField name="baselineDate" label={labels.baselineDate} type="date" />
          </div>
          <div className="compass-form__row">
            <TextField name="targetValue" label={labels.targetValue} inputMode="decimal" autoComplete="off" />
            <TextField name="targetValueHigh" label={labels.targetValueHigh} inputMode="decimal" autoComplete="off" hint={t("indicatorForm.targetHighHint")} />
            <TextField name="targetDate" label={labels.targetDate} type="date" />
          </div>
          <div className="compass-form__row">
            <TextField name="onTrackRatio" label={labels.onTrackRatio} inputMode="decimal" hint={t("indicatorForm.onTrackHint")} required />
            <TextField name="atRiskRatio" label={labels.atRiskRatio} inputMode="decimal" hint={t("indicatorForm.atRiskHint")} required />
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t("indicatorForm.origin")}</legend>
          <div className="compass-form__row">
            <SelectField name="kind" label={labels.kind} options={["measured", "derived"].map((k) => ({ value: k, label: t(`kind.${k}`) }))} required />
            {kind === "derived" ? (
              <SelectField
                name="metricKey"
                label={labels.metricKey}
                required
                placeholder={metrics.isLoading ? t("loading") : t("indicatorForm.chooseMetric")}
                options={(metrics.data ?? []).map((m) => ({
                  value: m.key,
                  label: `${locale === "en" ? m.labelEn : m.labelNl} (${m.key}, ${t(`unitName.${m.unit}`)}${m.perMunicipality ? `, ${t("card.perMunicipality")}` : ""})`,
                }))}
                hint={t("indicatorForm.metricHint")}
              />
            ) : null}
          </div>
          {metrics.error ? <ErrorMessage error={metrics.error} /> : null}
          <div className="compass-form__row">
            <TextField name="source" label={labels.source} />
            <TextField name="owner" label={labels.owner} />
          </div>
          <TextAreaField name="sourceNote" label={labels.sourceNote} rows={2} />
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t("indicatorForm.display")}</legend>
          <Checkbox name="published" label={labels.published} hint={t("indicatorForm.publishedHint")} />
          <Checkbox name="perMunicipality" label={labels.perMunicipality} />
          {indicator ? null : <TextField name="position" label={labels.position} type="number" min={0} max={10000} />}
        </fieldset>
        <div className="compass-actions">
          <Button type="submit" variant="primary" busy={mutation.isPending}>
            {indicator ? t("indicatorForm.save") : t("indicatorForm.create")}
          </Button>
          {onCancel ? <Button onClick={onCancel}>{t("cancel")}</Button> : null}
        </div>
      </form>
    </FormProvider>
  );
}
