/**
 * The call's form rendered from its definition: one fieldset per section, each field by its type, with
 * visible labels, help and errors linked through aria-describedby. Conditions (showWhen, requireWhen) are
 * applied as the applicant types. File fields upload at once (the server keeps the file list).
 */
import { useId, useState } from "react";
import type { FileAnswer, FormDefinition, FormField } from "../../../../contracts/grants";
import { attachmentUrl } from "../api";
import { centsToEuroText, fieldStates, parseEuroToCents } from "../lib/form-logic";
import { bytes, localText, useGrT } from "../lib/format";

export interface DynamicFormProps {
  applicationId: string;
  def: FormDefinition;
  answers: Record<string, unknown>;
  onChange: (key: string, value: unknown) => void;
  readOnly: boolean;
  /** Error sentences by field key. */
  errors: Record<string, string>;
  onUpload: (fieldKey: string, file: File) => void;
  onRemoveFile: (fileId: string, name: string) => void;
  uploading: string | null;
}

export function DynamicForm(props: DynamicFormProps) {
  const { locale } = useGrT();
  const states = fieldStates(props.def, props.answers);
  return (
    <>
      {props.def.sections.map((s) => {
        const fields = s.fields.filter((f) => states.get(f.key)?.visible);
        if (!fields.length) return null;
        return (
          <fieldset key={s.key} className="fieldset grants-section">
            <legend className="grants-section__title">{localText(s.title, locale)}</legend>
            {s.description ? <p className="field__hint">{localText(s.description, locale)}</p> : null}
            {fields.map((f) => (
              <Field key={f.key} field={f} required={states.get(f.key)?.required ?? false} {...props} />
            ))}
          </fieldset>
        );
      })}
    </>
  );
}

function Field({ field, required, answers, onChange, readOnly, errors, applicationId, onUpload, onRemoveFile, uploading }: DynamicFormProps & { field: FormField; required: boolean }) {
  const { t, locale } = useGrT();
  const id = useId();
  const value = answers[field.key];
  const error = errors[field.key];
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const help = field.help ? localText(field.help, locale) : "";
  const describedBy = [help ? hintId : "", error ? errorId : ""].filter(Boolean).join(" ") || undefined;
  const common = { id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined, "aria-required": required || undefined, disabled: readOnly };
  const label = (
    <div className="field__label-row">
      <label className="field__label" htmlFor={id}>{localText(field.label, locale)}</label>
      {required ? <span className="field__required" aria-hidden="true">({t("common.required")})</span> : null}
    </div>
  );
  const messages = (
    <>
      {help ? <p className="field__hint" id={hintId}>{help}</p> : null}
      {error ? <p className="field__error" id={errorId}><span aria-hidden="true">⚠ </span>{error}</p> : null}
    </>
  );
  switch (field.type) {
    case "text":
      return <div className="field">{label}{messages}<input className="field__input" type="text" maxLength={field.maxLength} value={String(value ?? "")} onChange={(e) => onChange(field.key, e.target.value)} {...common} /></div>;
    case "long_text":
      return <div className="field">{label}{messages}<textarea className="field__input" rows={5} maxLength={field.maxLength} value={String(value ?? "")} onChange={(e) => onChange(field.key, e.target.value)} {...common} /></div>;
    case "number":
      return (
        <div className="field">{label}{messages}
          <input className="field__input field__input--short" type="number" inputMode={field.integer ? "numeric" : "decimal"} min={field.min} max={field.max} step={field.integer ? 1 : "any"}
            value={value === undefined || value === null ? "" : String(value)} onChange={(e) => onChange(field.key, e.target.value === "" ? null : Number(e.target.value))} {...common} />
        </div>
      );
    case "money":
      return <MoneyInput value={typeof value === "number" ? value : null} onChange={(v) => onChange(field.key, v)} label={label} messages={messages} common={common} />;
    case "date":
      return <div className="field">{label}{messages}<input className="field__input field__input--short" type="date" min={field.min} max={field.max} value={String(value ?? "")} onChange={(e) => onChange(field.key, e.target.value || null)} {...common} /></div>;
    case "yes_no":
    case "choice": {
      const options = field.type === "yes_no" ? [{ value: true, label: t("common.yes") }, { value: false, label: t("common.no") }] : field.options.map((o) => ({ value: o.value as string | boolean, label: localText(o.label, locale) }));
      return (
        <fieldset className="field fieldset" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
          <legend className="field__label">{localText(field.label, locale)}{required ? <span className="field__required"> ({t("common.required")})</span> : null}</legend>
          {messages}
          {options.map((o) => (
            <div className="checkbox" key={String(o.value)}>
              <input type="radio" id={`${id}-${String(o.value)}`} name={id} checked={value === o.value} disabled={readOnly} onChange={() => onChange(field.key, o.value)} />
              <label htmlFor={`${id}-${String(o.value)}`}>{o.label}</label>
            </div>
          ))}
        </fieldset>
      );
    }
    case "multi_choice": {
      const selected = Array.isArray(value) ? (value as string[]) : [];
      return (
        <fieldset className="field fieldset" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
          <legend className="field__label">{localText(field.label, locale)}{required ? <span className="field__required"> ({t("common.required")})</span> : null}</legend>
          {messages}
          {field.options.map((o) => (
            <div className="checkbox" key={o.value}>
              <input type="checkbox" id={`${id}-${o.value}`} checked={selected.includes(o.value)} disabled={readOnly}
                onChange={(e) => onChange(field.key, e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))} />
              <label htmlFor={`${id}-${o.value}`}>{localText(o.label, locale)}</label>
            </div>
          ))}
        </fieldset>
      );
    }
    case "file": {
      const files = Array.isArray(value) ? (value as FileAnswer[]) : [];
      const limits = t("app.fileLimits", { size: bytes(field.maxSizeBytes, locale), types: field.allowedTypes.map((x) => x.split("/")[1]).join(", "), n: field.maxFiles });
      return (
        <div className="field">
          {label}
          <p className="field__hint" id={hintId}>{help ? `${help} ` : ""}{limits}</p>
          {error ? <p className="field__error" id={errorId}><span aria-hidden="true">⚠ </span>{error}</p> : null}
          {files.length ? (
            <ul className="grants-files">
              {files.map((f) => (
                <li key={f.fileId}>
                  <a href={attachmentUrl(applicationId, f.fileId)}>{f.name}</a> ({bytes(f.sizeBytes, locale)})
                  {!readOnly ? <button type="button" className="link-button" onClick={() => onRemoveFile(f.fileId, f.name)}>{t("app.removeFile", { name: f.name })}</button> : null}
                </li>
              ))}
            </ul>
          ) : null}
          {!readOnly && files.length < field.maxFiles ? (
            <input type="file" id={id} className="field__input" accept={field.allowedTypes.join(",")} aria-describedby={[hintId, error ? errorId : ""].filter(Boolean).join(" ")} aria-invalid={error ? true : undefined}
              disabled={uploading !== null} onChange={(e) => { const file = e.target.files?.[0]; if (file) onUpload(field.key, file); e.target.value = ""; }} />
          ) : null}
          {uploading === field.key ? <p role="status">{t("common.loading")}</p> : null}
        </div>
      );
    }
  }
}

function MoneyInput({ value, onChange, label, messages, common }: { value: number | null; onChange: (v: number | null) => void; label: React.ReactNode; messages: React.ReactNode; common: Record<string, unknown> }) {
  const { t, locale } = useGrT();
  const [text, setText] = useState(centsToEuroText(value, locale));
  const [bad, setBad] = useState(false);
  return (
    <div className="field">
      {label}
      {messages}
      <p className="field__hint">{t("common.euroHint")}</p>
      <input className="field__input field__input--short" type="text" inputMode="decimal" value={text} {...common} aria-invalid={bad || common["aria-invalid"] ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const cents = parseEuroToCents(e.target.value);
          setBad(Number.isNaN(cents));
          if (!Number.isNaN(cents)) onChange(cents);
        }} />
      {bad ? <p className="field__error"><span aria-hidden="true">⚠ </span>{t("common.euroHint")}</p> : null}
    </div>
  );
}
