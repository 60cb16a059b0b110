import { useId, type ReactNode, type TextareaHTMLAttributes } from "react";
import { get, useFormContext, type FieldError } from "react-hook-form";
import { useTranslation } from "react-i18next";

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "className">;

/** The field's frame: label, the textarea, hint and error, linked for assistive technology. */
function TextAreaFrame({ label, hint, error, required, rows = 3, textarea }: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  rows?: number;
  textarea: TextAreaProps;
}) {
  const { t } = useTranslation("common");
  const generated = `f-${useId()}`;
  const id = textarea.id ?? generated;
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={["field", error ? "field--invalid" : ""].filter(Boolean).join(" ")}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required ? <span className="field__required"> ({t("form.required")})</span> : null}
      </label>
      <textarea {...textarea} id={id} rows={rows} className="input textarea" aria-required={required || textarea["aria-required"] || undefined} aria-invalid={error ? true : undefined} aria-describedby={described} />
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

/** A multi-line text field bound to the surrounding react-hook-form, with label, hint and error like the shared fields. */
export function TextAreaField({ name, label, hint, required, rows, ...rest }: { name: string; label: ReactNode; hint?: ReactNode } & TextAreaProps) {
  const { register, formState } = useFormContext();
  const err = get(formState.errors, name) as FieldError | undefined;
  const error = err?.message ? String(err.message) : undefined;
  return <TextAreaFrame label={label} hint={hint} error={error} required={required} rows={rows} textarea={{ ...rest, ...register(name) }} />;
}

/** The same field outside a form library: the value and its error are the caller's state (e.g. a reason in a dialog). */
export function TextAreaInput({ label, hint, error, required, rows = 2, value, onValueChange, ...rest }: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  value: string;
  onValueChange: (value: string) => void;
} & Omit<TextAreaProps, "value" | "onChange">) {
  return (
    <TextAreaFrame label={label} hint={hint} error={error ?? undefined} required={required} rows={rows}
      textarea={{ ...rest, value, onChange: (e) => onValueChange(e.target.value) }} />
  );
}
