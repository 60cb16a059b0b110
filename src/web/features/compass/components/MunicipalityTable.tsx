import { useMemo, useState } from "react";
import type { Unit } from "../../../../contracts/compass";
import { formatDate } from "../../../i18n/format";
import { formatPlain, useCompassT } from "../lib/format";
import type { MunicipalPoint } from "./MunicipalityMap";

type SortKey = "name" | "value" | "date";

/** The per-municipality values as a table, sortable by name, value or date (the map's equal alternative). */
export function MunicipalityTable({ points, unit, id }: { points: MunicipalPoint[]; unit: Unit; id?: string }) {
  const { t, locale } = useCompassT();
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "name", dir: 1 });
  const rows = useMemo(() => {
    const cmp = (a: MunicipalPoint, b: MunicipalPoint): number => {
      if (sort.key === "name") return a.name.localeCompare(b.name, "nl");
      if (sort.key === "value") {
        if (a.value === null) return b.value === null ? 0 : 1;
        if (b.value === null) return -1;
        return a.value - b.value;
      }
      return (a.periodDate ?? "").localeCompare(b.periodDate ?? "");
    };
    return [...points].sort((a, b) => {
      const nullLast = sort.key === "value" && (a.value === null || b.value === null);
      return nullLast ? cmp(a, b) : cmp(a, b) * sort.dir || a.name.localeCompare(b.name, "nl");
    });
  }, [points, sort]);

  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort.key === key;
    return (
      <th scope="col" className={numeric ? "num" : undefined} aria-sort={active ? (sort.dir === 1 ? "ascending" : "descending") : "none"}>
        <button type="button" className="sort-button" onClick={() => setSort({ key, dir: active ? (sort.dir === 1 ? -1 : 1) : 1 })}>
          {label}
          <span aria-hidden="true">{active ? (sort.dir === 1 ? " ▲" : " ▼") : " ↕"}</span>
        </button>
      </th>
    );
  };

  return (
    <div className="table-wrap compass-table-wrap" tabIndex={0} role="region" aria-labelledby={id ? `${id}-caption` : undefined} id={id}>
      <table className="table compass-table">
        <caption id={id ? `${id}-caption` : undefined}>{t("map.tableCaption", { unit: t(`unitName.${unit}`) })}</caption>
        <thead>
          <tr>
            {header("name", t("map.municipality"))}
            {header("value", t("map.value"), true)}
            {header("date", t("map.period"))}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.nis}>
              <th scope="row">{p.name}</th>
              <td className="num">{p.value === null ? t("map.noValue") : formatPlain(p.value, unit, locale)}</td>
              <td>{formatDate(p.periodDate, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
