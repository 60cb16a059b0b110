/**
 * Form fields bound to react-hook-form through its context (wrap the form in <FormProvider>).
 * Every field has a visible label; hint and error text are linked with aria-describedby, and
 * aria-invalid is set while the field has an error. Errors come from the form state (see
 * form.ts: they are already translated).
 *
 * <TextField name="email" label="E-mailadres" type="email" autoComplete="email" required hint="…" />
 * <SelectField name="locale" label="Taal" options={[{ value: "nl-BE", label: "Nederlands" }]} placeholder="Kies…" />
 * <Checkbox name="active" label="Actief" />
 * <CheckboxGroup name="roles" legend="Rollen" options={[{ value: "administrator", label: "Beheerder" }]} />
 */
import { useId, useState, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";
import { get, useController, useFormContext, type FieldError } from "react-hook-form";
import { useTranslation } from "react-i18next";

function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext();
  const err = get(formState.errors, name) as FieldError | undefined;
  return err?.message ? String(err.message) : undefined;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(" ");
  return list || undefined;
}

function Label({ htmlFor, label, required }: { htmlFor: string; label: ReactNode; required?: boolean }) {
  const { t } = useTranslation("common");
  // The "(verplicht)" marker sits outside the <label> (aria-required tells assistive technology),
  // so the field's accessible name is exactly its label.
  return (
    <div className="field__label-row">
      <label className="field__label" htmlFor={htmlFor}>
        {label}
      </label>
      {required ? (
        <span className="field__required" aria-hidden="true">
          ({t("form.required")})
        </span>
      ) : null}
    </div>
  );
}

function FieldMessages({ hintId, hint, errorId, error }: { hintId: string; hint?: ReactNode; errorId: string; error?: string }) {
  return (
    <>
      {hint ? <p className="field__hint" id={hintId}>{hint}</p> : null}
      {error ? (
        <p className="field__error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name"> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** For type="password": adds a show/hide toggle. */
  revealable?: boolean;
  /** Converts the value before it reaches the form (e.g. to a number). */
  valueAs?: "number";
}

export function TextField({ name, label, hint, required, revealable, valueAs, type = "text", id, className, ...rest }: TextFieldProps) {
  const { register } = useFormContext();
  const { t } = useTranslation("common");
  const auto = useId();
  const inputId = id ?? `f-${auto}`;
  const error = useFieldError(name);
  const [shown, setShown] = useState(false);
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const effectiveType = revealable && type === "password" && shown ? "text" : type;
  return (
    <div className={["field", error ? "field--invalid" : "", className ?? ""].filter(Boolean).join(" ")}>
      <Label htmlFor={inputId} label={label} required={required} />
      <div className={revealable ? "field__with-action" : undefined}>
        <input
          {...rest}
          {...register(name, valueAs === "number" ? { valueAsNumber: true } : undefined)}
          id={inputId}
          type={effectiveType}
          className="input"
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint ? hintId : undefined, error ? errorId : undefined)}
        />
        {revealable && type === "password" ? (
          <button type="button" className="btn btn--ghost btn--small" aria-pressed={shown} aria-controls={inputId} onClick={() => setShown((s) => !s)}>
            {shown ? t("form.hidePassword") : t("form.showPassword")}
          </button>
        ) : null}
      </div>
      <FieldMessages hintId={hintId} hint={hint} errorId={errorId} error={error} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> {
  name: string;
  label: ReactNode;
  options: Option[];
  hint?: ReactNode;
  /** An empty first option (value "") with this label. */
  placeholder?: string;
}

export function SelectField({ name, label, options, hint, placeholder, required, id, className, ...rest }: SelectFieldProps) {
  const { register } = useFormContext();
  const auto = useId();
  const inputId = id ?? `f-${auto}`;
  const error = useFieldError(name);
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  return (
    <div className={["field", error ? "field--invalid" : "", className ?? ""].filter(Boolean).join(" ")}>
      <Label htmlFor={inputId} label={label} required={required} />
      <select
        {...rest}
        {...register(name)}
        id={inputId}
        className="input select"
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? hintId : undefined, error ? errorId : undefined)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages hintId={hintId} hint={hint} errorId={errorId} error={error} />
    </div>
  );
}

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type"> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
}

export function Checkbox({ name, label, hint, id, className, ...rest }: CheckboxProps) {
  const { register } = useFormContext();
  const auto = useId();
  const inputId = id ?? `f-${auto}`;
  const error = useFieldError(name);
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  return (
    <div className={["field field--checkbox", error ? "field--invalid" : "", className ?? ""].filter(Boolean).join(" ")}>
      <div className="checkbox">
        <input
          {...rest}
          {...register(name)}
          id={inputId}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint ? hintId : undefined, error ? errorId : undefined)}
        />
        <label htmlFor={inputId}>{label}</label>
      </div>
      <FieldMessages hintId={hintId} hint={hint} errorId={errorId} error={error} />
    </div>
  );
}

export interface CheckboxGroupProps {
  /** A form field holding an array of the chosen values. */
  name: string;
  legend: ReactNode;
  options: Option[];
  hint?: ReactNode;
  required?: boolean;
  /** Lay the options out in columns on wide screens. */
  columns?: boolean;
}

/** A multi-select as a fieldset of checkboxes (keyboard and screen-reader friendly). */
export function CheckboxGroup({ name, legend, options, hint, required, columns }: CheckboxGroupProps) {
  const { control } = useFormContext();
  const { field } = useController({ name, control });
  const { t } = useTranslation("common");
  const auto = useId();
  const error = useFieldError(name);
  const hintId = `g-${auto}-hint`;
  const errorId = `g-${auto}-error`;
  const value: string[] = Array.isArray(field.value) ? field.value : [];
  const toggle = (v: string, on: boolean) => field.onChange(on ? [...value, v] : value.filter((x) => x !== v));
  return (
    <fieldset
      className={["field fieldset", error ? "field--invalid" : ""].filter(Boolean).join(" ")}
      aria-describedby={describedBy(hint ? hintId : undefined, error ? errorId : undefined)}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field__label">
        {legend}
        {required ? <span className="field__required"> ({t("form.required")})</span> : null}
      </legend>
      {hint ? <p className="field__hint" id={hintId}>{hint}</p> : null}
      <div className={columns ? "checkbox-list checkbox-list--columns" : "checkbox-list"}>
        {options.map((o, i) => (
          <div className="checkbox" key={o.value}>
            <input
              id={`g-${auto}-${i}`}
              type="checkbox"
              name={name}
              value={o.value}
              checked={value.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
              onBlur={field.onBlur}
              ref={i === 0 ? field.ref : undefined}
            />
            <label htmlFor={`g-${auto}-${i}`}>{o.label}</label>
          </div>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
