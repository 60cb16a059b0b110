/** The list of de minimis aid an organisation declares (possibly empty), edited in place. */
import { useId } from "react";
import type { AppLocale } from "../../../i18n/format";
import type { DeclaredAid } from "../../../../contracts/grants-portal";
import { Button } from "../../../components/Button";
import { centsToEuroText, parseEuroToCents } from "../lib/form-logic";
import { euroCents, useGrT } from "../lib/format";

export interface AidRow {
  grantingAuthority: string;
  aidDate: string;
  amountText: string;
  description: string;
}
export const toRows = (aids: { grantingAuthority: string; aidDate: string; amountCents: number; description: string }[], locale: AppLocale): AidRow[] =>
  aids.map((a) => ({ grantingAuthority: a.grantingAuthority, aidDate: a.aidDate, amountText: centsToEuroText(a.amountCents, locale), description: a.description }));
export const toAids = (rows: AidRow[]): DeclaredAid[] =>
  rows.map((r) => ({ grantingAuthority: r.grantingAuthority.trim(), aidDate: r.aidDate, amountCents: parseEuroToCents(r.amountText) ?? 0, regulation: "2023/2831", description: r.description.trim() }));

export function DeMinimisEditor({ rows, onChange }: { rows: AidRow[]; onChange: (rows: AidRow[]) => void }) {
  const { t, locale } = useGrT();
  const id = useId();
  const set = (i: number, patch: Partial<AidRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const total = rows.reduce((s, r) => s + (parseEuroToCents(r.amountText) || 0), 0);
  return (
    <fieldset className="fieldset grants-aid">
      <legend className="grants-section__title">{t("deMinimis.title")}</legend>
      <p className="field__hint">{t("deMinimis.lead")}</p>
      {rows.length === 0 ? <p>{t("deMinimis.empty")}</p> : null}
      {rows.map((r, i) => (
        <div className="grants-aid__row" key={i}>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-a${i}`}>{t("deMinimis.authority")}</label>
            <input id={`${id}-a${i}`} className="field__input" value={r.grantingAuthority} maxLength={300} onChange={(e) => set(i, { grantingAuthority: e.target.value })} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-d${i}`}>{t("deMinimis.date")}</label>
            <input id={`${id}-d${i}`} className="field__input" type="date" value={r.aidDate} onChange={(e) => set(i, { aidDate: e.target.value })} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-m${i}`}>{t("deMinimis.amount")}</label>
            <input id={`${id}-m${i}`} className="field__input" inputMode="decimal" value={r.amountText} onChange={(e) => set(i, { amountText: e.target.value })} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-x${i}`}>{t("deMinimis.description")}</label>
            <input id={`${id}-x${i}`} className="field__input" value={r.description} maxLength={1000} onChange={(e) => set(i, { description: e.target.value })} />
          </div>
          <Button size="small" onClick={() => onChange(rows.filter((_, j) => j !== i))}>{t("deMinimis.remove", { n: i + 1 })}</Button>
        </div>
      ))}
      <p>
        <Button size="small" onClick={() => onChange([...rows, { grantingAuthority: "", aidDate: "", amountText: "", description: "" }])}>{t("deMinimis.add")}</Button>
      </p>
      {rows.length ? <p>{t("deMinimis.total", { amount: euroCents(total, locale) })}</p> : null}
    </fieldset>
  );
}
