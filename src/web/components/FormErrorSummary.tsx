/**
 * FormErrorSummary: after a failed submit, lists every field error of the surrounding
 * react-hook-form (role="alert", so it is announced); each item moves focus to its field.
 *
 * <FormProvider {...form}><form …><FormErrorSummary labels={{ email: "E-mailadres" }} /> …</form></FormProvider>
 *
 * `labels` maps field names to their visible labels; unlabelled fields show the message only.
 */
import { useFormContext, type FieldErrors } from "react-hook-form";
import { useTranslation } from "react-i18next";

export interface FormErrorSummaryProps {
  labels?: Record<string, string>;
}

function flatten(errors: FieldErrors, prefix = ""): { name: string; message: string }[] {
  const out: { name: string; message: string }[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === "ref") continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const v = value as { message?: unknown; type?: unknown };
    if (typeof v.message === "string" && v.message) out.push({ name, message: v.message });
    else if (typeof value === "object") out.push(...flatten(value as FieldErrors, name));
  }
  return out;
}

export function FormErrorSummary({ labels = {} }: FormErrorSummaryProps) {
  const { formState, setFocus } = useFormContext();
  const { t } = useTranslation("common");
  const items = flatten(formState.errors).filter((e) => !e.name.startsWith("root"));
  if (!formState.submitCount || !items.length) return null;
  return (
    <div className="alert alert--error error-summary" role="alert">
      <p className="alert__title">{t("form.summaryTitle", { count: items.length })}</p>
      <ul className="alert__list">
        {items.map((e) => {
          const base = e.name.replace(/\.\d+(\..*)?$/, "");
          const label = labels[e.name] ?? labels[base];
          return (
            <li key={e.name}>
              <a
                href={`#${base}`}
                onClick={(ev) => {
                  ev.preventDefault();
                  setFocus(base as never);
                }}
              >
                {label ? t("errors.field", { field: label, message: e.message }) : e.message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
