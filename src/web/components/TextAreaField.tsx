import { useId, type ReactNode, type TextareaHTMLAttributes } from "react";
import { get, useFormContext, type FieldError } from "react-hook-form";
import { useTranslation } from "react-i18next";

/** A multi-line text field bound to the surrounding react-hook-form, with label, hint and error like the shared fields. */
export function TextAreaField({ name, label, hint, required, rows = 3, ...rest }: { name: string; label: ReactNode; hint?: ReactNode } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const { register, formState } = useFormContext();
  const { t } = useTranslation("common");
  const id = `f-${useId()}`;
  const err = get(formState.errors, name) as FieldError | undefined;
  const error = err?.message ? String(err.message) : undefined;
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={["field", error ? "field--invalid" : ""].filter(Boolean).join(" ")}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required ? <span className="field__required"> ({t("form.required")})</span> : null}
      </label>
      <textarea {...rest} {...register(name)} id={id} rows={rows} className="input textarea" aria-required={required || undefined} aria-invalid={error ? true : undefined} aria-describedby={described} />
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
