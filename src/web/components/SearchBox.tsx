/**
 * SearchBox: a labelled search field inside a role="search" landmark.
 *
 * <SearchBox label="Zoek op naam of e-mail" value={q} onSearch={(q) => setParam("q", q)} />
 *
 * Searches as the user types (after `delay` ms, default 350) and at once on Enter or the
 * button. `value` is the applied search (e.g. from the URL); the field follows it when it changes.
 */
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

export interface SearchBoxProps {
  label: string;
  value: string;
  onSearch: (value: string) => void;
  placeholder?: string;
  delay?: number;
}

export function SearchBox({ label, value, onSearch, placeholder, delay = 350 }: SearchBoxProps) {
  const { t } = useTranslation("common");
  const id = useId();
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(onSearch);
  latest.current = onSearch;

  useEffect(() => setText(value), [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const schedule = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (next.trim() !== value.trim()) latest.current(next.trim());
    }, delay);
  };

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(e) => {
        e.preventDefault();
        clearTimeout(timer.current);
        latest.current(text.trim());
      }}
    >
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="search-box__row">
        <input id={id} className="input" type="search" value={text} placeholder={placeholder} onChange={(e) => schedule(e.target.value)} autoComplete="off" />
        <button type="submit" className="btn btn--secondary">
          {t("search.submit")}
        </button>
      </div>
    </form>
  );
}
