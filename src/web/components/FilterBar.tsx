/**
 * FilterBar and its controls: labelled filters that are not part of a submitted form (they
 * apply as soon as they change, typically by writing URL search parameters).
 *
 * <FilterBar onReset={clear} resetDisabled={!anyFilter}>
 *   <SearchBox … />
 *   <FilterSelect label="Rol" value={role} onChange={setRole} options={roles} anyLabel="Alle rollen" />
 *   <FilterInput label="Van" type="date" value={from} onChange={setFrom} />
 * </FilterBar>
 */
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Option } from "./fields";

export interface FilterBarProps {
  children: ReactNode;
  /** Accessible name of the group; defaults to "Filters". */
  label?: string;
  onReset?: () => void;
  resetDisabled?: boolean;
}

export function FilterBar({ children, label, onReset, resetDisabled }: FilterBarProps) {
  const { t } = useTranslation("common");
  return (
    <div className="filter-bar" role="group" aria-label={label ?? t("filters.label")}>
      {children}
      {onReset ? (
        <div className="filter-bar__reset">
          <button type="button" className="btn btn--ghost" onClick={onReset} disabled={resetDisabled}>
            {t("filters.reset")}
          </button>
        </div>
      ) : null}
    </div>
  );
}

export interface FilterSelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  /** Label of the empty option (value ""); defaults to "Alle". */
  anyLabel?: string;
}

export function FilterSelect({ label, value, onChange, options, anyLabel }: FilterSelectProps) {
  const { t } = useTranslation("common");
  const id = useId();
  return (
    <div className="field filter">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyLabel ?? t("filters.any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface FilterInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "date" | "search";
  /** Suggestions offered through a <datalist>. */
  suggestions?: Option[];
  placeholder?: string;
  hint?: string;
}

/**
 * A text or date filter. Text filters apply on blur or Enter; date filters also shortly after a
 * change (so picking a date from the calendar applies it, while typing a year does not fire a
 * query per digit).
 */
export function FilterInput({ label, value, onChange, type = "text", suggestions, placeholder, hint }: FilterInputProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => setText(value), [value]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const listId = suggestions?.length ? `${id}-list` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  const commit = (v: string) => {
    clearTimeout(timer.current);
    if (v.trim() !== value) onChange(v.trim());
  };
  return (
    <div className="field filter">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? <p className="field__hint" id={hintId}>{hint}</p> : null}
      <input
        id={id}
        className="input"
        type={type}
        value={text}
        placeholder={placeholder}
        list={listId}
        aria-describedby={hintId}
        onChange={(e) => {
          const v = e.target.value;
          setText(v);
          if (type === "date") {
            clearTimeout(timer.current);
            timer.current = setTimeout(() => commit(v), 700);
          }
        }}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            commit((e.target as HTMLInputElement).value);
          }
        }}
      />
      {listId ? (
        <datalist id={listId}>
          {suggestions!.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </datalist>
      ) : null}
    </div>
  );
}
