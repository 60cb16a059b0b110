import { FormProvider, useForm } from "react-hook-form";
import { GoalInput, GoalUpdate, type GoalView } from "../../../../contracts/compass";
import { ApiError } from "../../../app/api";
import { Button } from "../../../components/Button";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { FormErrorSummary } from "../../../components/FormErrorSummary";
import { SelectField, TextField } from "../../../components/fields";
import { applyServerErrors } from "../../../components/form";
import { useCreateGoal, useUpdateGoal } from "../api";
import { goalTitle, useCompassT } from "../lib/format";
import { mappedResolver } from "../lib/forms";
import { TextAreaField } from "../../../components/TextAreaField";

type Values = {
  kind: string;
  code: string;
  parentCode: string;
  titleNl: string;
  titleEn: string;
  summaryNl: string;
  summaryEn: string;
  owner: string;
  section: string;
  position: string;
};
const FIELDS = ["kind", "code", "parentCode", "titleNl", "titleEn", "summaryNl", "summaryEn", "owner", "section", "position"] as const;
const CHILD_KIND = { chapter: "objective", objective: "action", action: "action" } as const;

/** Creates a goal (under `parent`, or a chapter at the top) or edits one (titles, summaries, owner, section, order). */
export function GoalForm({ goal, parent, goals, onDone, onCancel }: { goal: GoalView | null; parent: GoalView | null; goals: GoalView[]; onDone: (g: GoalView) => void; onCancel: () => void }) {
  const { t, locale } = useCompassT();
  const create = useCreateGoal();
  const update = useUpdateGoal();
  const mutation = goal ? update : create;
  const parentGoal = goal ? (goals.find((g) => g.id === goal.parentId) ?? null) : parent;
  const defaults: Values = {
    kind: goal?.kind ?? (parent ? CHILD_KIND[parent.kind] : "chapter"),
    code: goal?.code ?? (parent ? `${parent.code}.` : ""),
    parentCode: parentGoal?.code ?? "",
    titleNl: goal?.titleNl ?? "",
    titleEn: goal?.titleEn ?? "",
    summaryNl: goal?.summaryNl ?? "",
    summaryEn: goal?.summaryEn ?? "",
    owner: goal?.owner ?? parent?.owner ?? "",
    section: goal?.section ?? parent?.section ?? "",
    position: String(goal?.position ?? (parent ? goals.filter((g) => g.parentId === parent.id).length : goals.filter((g) => !g.parentId).length)),
  };
  const toNumber = (v: string) => (v === "" ? undefined : Number(v));
  const form = useForm<Values, unknown, GoalInput | GoalUpdate>({
    defaultValues: defaults,
    resolver: goal
      ? mappedResolver(GoalUpdate, (v: Values) => ({
          titleNl: v.titleNl,
          titleEn: v.titleEn,
          summaryNl: v.summaryNl,
          summaryEn: v.summaryEn,
          owner: v.owner,
          section: v.section,
          position: toNumber(v.position),
          version: goal.version,
        }))
      : mappedResolver(GoalInput, (v: Values) => ({ ...v, parentCode: v.parentCode || null, position: toNumber(v.position) })),
  });
  const labels: Record<string, string> = Object.fromEntries(FIELDS.map((f) => [f, t(`goalForm.${f}`)]));
  const submit = async (input: GoalInput | GoalUpdate) => {
    try {
      onDone(goal ? await update.mutateAsync({ id: goal.id, input: input as GoalUpdate }) : await create.mutateAsync(input as GoalInput));
    } catch (e) {
      applyServerErrors(e, form.setError, FIELDS);
    }
  };
  const conflict = mutation.error instanceof ApiError && mutation.error.body.code === "conflict";
  const parentOptions = goals.filter((g) => g.kind !== "action").map((g) => ({ value: g.code, label: `${g.code} ${goalTitle(g, locale)}` }));

  return (
    <FormProvider {...form}>
      <form className="compass-form" noValidate onSubmit={form.handleSubmit(submit)}>
        <FormErrorSummary labels={labels} />
        <ErrorMessage error={mutation.error} fieldLabels={labels} messages={conflict ? { conflict: t("goalForm.conflict") } : undefined} />
        <div className="compass-form__row">
          <SelectField name="kind" label={labels.kind} options={["chapter", "objective", "action"].map((k) => ({ value: k, label: t(`goalKind.${k}`) }))} disabled={!!goal} required />
          <TextField name="code" label={labels.code} required readOnly={!!goal} hint={goal ? t("goalForm.codeFixed") : t("goalForm.codeHint")} autoComplete="off" />
          <SelectField name="parentCode" label={labels.parentCode} options={parentOptions} placeholder={t("goalForm.noParent")} disabled={!!goal} />
        </div>
        <div className="compass-form__row">
          <TextField name="titleNl" label={labels.titleNl} required lang="nl" />
          <TextField name="titleEn" label={labels.titleEn} required lang="en" />
        </div>
        <div className="compass-form__row">
          <TextAreaField name="summaryNl" label={labels.summaryNl} lang="nl" />
          <TextAreaField name="summaryEn" label={labels.summaryEn} lang="en" />
        </div>
        <div className="compass-form__row">
          <TextField name="owner" label={labels.owner} />
          <TextField name="section" label={labels.section} required hint={t("goalForm.sectionHint")} />
          <TextField name="position" label={labels.position} type="number" min={0} max={10000} />
        </div>
        <div className="compass-actions">
          <Button type="submit" variant="primary" busy={mutation.isPending}>
            {goal ? t("goalForm.save") : t("goalForm.create")}
          </Button>
          <Button onClick={onCancel}>{t("cancel")}</Button>
        </div>
      </form>
    </FormProvider>
  );
}
