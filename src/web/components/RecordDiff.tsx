/**
 * RecordDiff: the fields that changed between two versions of a record, as a small table
 * (field, before, after). Used by RecordHistory and the audit screen.
 *
 * <RecordDiff before={entry.before} after={entry.after} />
 *
 * Field names are translated through audit:field.<name> (falling back to the raw name); roles
 * and locales are shown with their labels, booleans as Ja/Nee, ISO timestamps as dates.
 */
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { useFormat, type BoundFormat } from "../i18n/hooks";

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Book-keeping fields that change with every edit and tell a person nothing. */
const IGNORED = new Set(["version", "updatedAt"]);

/** The changed fields between two snapshots; a whole-value change when they are not objects. */
export function diffFields(before: unknown, after: unknown): FieldChange[] {
  if ((isRecord(before) || before == null) && (isRecord(after) || after == null)) {
    const b = (before ?? {}) as Record<string, unknown>;
    const a = (after ?? {}) as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    return keys.filter((k) => !IGNORED.has(k) && !same(b[k], a[k])).map((k) => ({ field: k, before: b[k], after: a[k] }));
  }
  return same(before, after) ? [] : [{ field: "", before, after }];
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length);

const ISO_TS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function displayValue(field: string, value: unknown, t: TFunction, f: BoundFormat): string {
  if (isEmpty(value)) return t("common:history.empty_value");
  if (typeof value === "boolean") return value ? t("common:yes") : t("common:no");
  if (typeof value === "number") return f.number(value, 4);
  if (typeof value === "string") {
    if (field === "locale") return t(`common:locales.${value}`, { defaultValue: value });
    if (ISO_TS.test(value)) return f.dateTime(value);
    return value;
  }
  if (Array.isArray(value)) {
    return value
      .map((v) => {
        if (field === "roles" && typeof v === "string") return t(`common:roles.${v}`, { defaultValue: v });
        if (isRecord(v) && "kind" in v && "ref" in v) return `${t(`audit:scopeKind.${String(v.kind)}`, { defaultValue: String(v.kind) })} ${String(v.ref)}`;
        return typeof v === "object" ? JSON.stringify(v) : String(v);
      })
      .join(", ");
  }
  return JSON.stringify(value);
}

export function RecordDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation(["common", "audit"]);
  const f = useFormat();
  const changes = diffFields(before, after);
  if (!changes.length) return <p className="muted">{t("common:history.noChanges")}</p>;
  return (
    <table className="diff">
      <thead>
        <tr>
          <th scope="col">{t("common:history.field")}</th>
          <th scope="col">{t("common:history.before")}</th>
          <th scope="col">{t("common:history.after")}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field || "value"}>
            <th scope="row">{c.field ? t(`audit:field.${c.field}`, { defaultValue: c.field }) : "—"}</th>
            <td className={isEmpty(c.before) ? "diff__empty" : "diff__before"}>{displayValue(c.field, c.before, t, f)}</td>
            <td className={isEmpty(c.after) ? "diff__empty" : "diff__after"}>
              <span className="visually-hidden">→ </span>
              {displayValue(c.field, c.after, t, f)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
