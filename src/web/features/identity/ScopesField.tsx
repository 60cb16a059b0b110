/**
 * The user's scopes as two parts of one form field ("scopes": { kind, ref }[]):
 * municipalities picked from the geography list (filterable checkboxes) and organisation ids
 * added one by one. Used by the create and edit forms.
 */
import { useId, useMemo, useState } from "react";
import { get, useController, useFormContext, useWatch, type FieldError } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { Scope } from "../../../contracts/identity";
import { Button } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Loading } from "../../components/Loading";
import { useMunicipalities } from "../../app/geography";

export function ScopesField({ name = "scopes" }: { name?: string }) {
  const { t } = useTranslation("identity");
  const { control, formState } = useFormContext();
  const { field } = useController({ name, control });
  const scopes: Scope[] = Array.isArray(field.value) ? field.value : [];
  const error = (get(formState.errors, name) as FieldError | undefined)?.message;
  const auto = useId();
  const errorId = `${auto}-error`;
  const set = (next: Scope[]) => field.onChange(next);
  const roles = (useWatch({ control, name: "roles" }) as string[] | undefined) ?? [];
  // A picker shows when its role is chosen, or while scopes of its kind remain (so they can be removed).
  const showMunicipalities = roles.includes("municipality") || scopes.some((s) => s.kind === "municipality");
  const showOrganisations = roles.includes("entrepreneur") || scopes.some((s) => s.kind === "organisation");
  return (
    <fieldset className={["field fieldset", error ? "field--invalid" : ""].filter(Boolean).join(" ")} aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">{t("form.scopes")}</legend>
      <p className="field__hint">{t("form.scopesHint")}</p>
      <div className="scopes">
        {showMunicipalities ? <MunicipalityPicker scopes={scopes} onChange={set} focusRef={field.ref} /> : null}
        {showOrganisations ? <OrganisationList scopes={scopes} onChange={set} /> : null}
        {!showMunicipalities && !showOrganisations ? <p className="muted">{t("form.scopesNone")}</p> : null}
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {String(error)}
        </p>
      ) : null}
    </fieldset>
  );
}

function MunicipalityPicker({ scopes, onChange, focusRef }: { scopes: Scope[]; onChange: (s: Scope[]) => void; focusRef: (el: HTMLInputElement | null) => void }) {
  const { t } = useTranslation("identity");
  const query = useMunicipalities();
  const [filter, setFilter] = useState("");
  const id = useId();
  const chosen = useMemo(() => new Set(scopes.filter((s) => s.kind === "municipality").map((s) => s.ref)), [scopes]);
  const list = useMemo(() => [...(query.data ?? [])].sort((a, b) => a.nameNl.localeCompare(b.nameNl, "nl")), [query.data]);
  const needle = filter.trim().toLowerCase();
  const visible = needle ? list.filter((m) => m.nameNl.toLowerCase().includes(needle) || m.nis.includes(needle)) : list;
  const toggle = (nis: string, on: boolean) =>
    onChange(on ? [...scopes, { kind: "municipality", ref: nis }] : scopes.filter((s) => !(s.kind === "municipality" && s.ref === nis)));
  return (
    <fieldset className="fieldset fieldset--nested">
      <legend>{t("form.municipalities")}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t("form.municipalitiesHint")} <span className="muted">({t("form.municipalitiesChosen", { count: chosen.size })})</span>
      </p>
      {query.isPending ? <Loading /> : null}
      <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      {list.length ? (
        <>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-filter`}>
              {t("form.filterMunicipalities")}
            </label>
            <input id={`${id}-filter`} className="input" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" />
          </div>
          <div className="checkbox-list checkbox-list--scroll checkbox-list--columns">
            {visible.map((m, i) => (
              <div className="checkbox" key={m.nis}>
                <input
                  id={`${id}-${m.nis}`}
                  type="checkbox"
                  checked={chosen.has(m.nis)}
                  onChange={(e) => toggle(m.nis, e.target.checked)}
                  ref={i === 0 ? focusRef : undefined}
                />
                <label htmlFor={`${id}-${m.nis}`}>
                  {m.nameNl} <span className="muted">({m.nis})</span>
                </label>
              </div>
            ))}
            {!visible.length ? <p className="muted">{t("form.noMunicipalityMatch")}</p> : null}
          </div>
        </>
      ) : null}
    </fieldset>
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function OrganisationList({ scopes, onChange }: { scopes: Scope[]; onChange: (s: Scope[]) => void }) {
  const { t } = useTranslation("identity");
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const orgs = scopes.filter((s) => s.kind === "organisation").map((s) => s.ref);
  const add = () => {
    const ref = text.trim().toLowerCase();
    if (!UUID.test(ref)) return setProblem(t("form.organisationInvalid"));
    if (orgs.includes(ref)) return setProblem(t("form.organisationDuplicate"));
    setProblem(null);
    onChange([...scopes, { kind: "organisation", ref }]);
    setText("");
  };
  return (
    <fieldset className="fieldset fieldset--nested">
      <legend>{t("form.organisations")}</legend>
      <p className="field__hint">{t("form.organisationsHint")}</p>
      {orgs.length ? (
        <ul className="chip-list">
          {orgs.map((ref) => (
            <li key={ref} className="chip">
              <code>{ref}</code>
              <button
                type="button"
                className="chip__remove"
                aria-label={t("form.removeOrganisation", { id: ref })}
                onClick={() => onChange(scopes.filter((s) => !(s.kind === "organisation" && s.ref === ref)))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("form.noOrganisations")}</p>
      )}
      <div className={["field", problem ? "field--invalid" : ""].filter(Boolean).join(" ")}>
        <label className="field__label" htmlFor={`${id}-org`}>
          {t("form.organisationId")}
        </label>
        <div className="field__with-action">
          <input
            id={`${id}-org`}
            className="input"
            value={text}
            maxLength={64}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-org-error` : undefined}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
          />
          <Button onClick={add}>{t("form.addOrganisation")}</Button>
        </div>
        {problem ? (
          <p className="field__error" id={`${id}-org-error`}>
            <span aria-hidden="true">⚠ </span>
            {problem}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
