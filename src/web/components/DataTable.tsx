/**
 * DataTable: an accessible table with sortable headers, a loading state, an empty state and
 * optional detail rows.
 *
 * <DataTable
 *   caption="Gebruikers" captionHidden
 *   columns={[{ key: "name", header: "Naam", cell: (u) => u.displayName, sortKey: "displayName", rowHeader: true }]}
 *   rows={data?.items} rowKey={(u) => u.id} loading={isPending}
 *   sort={{ key: "displayName", direction: "asc" }} onSort={(key, direction) => …}
 *   emptyMessage="Geen gebruikers gevonden." rowDetail={(row) => expanded[row.id] ? <Diff …/> : null}
 * />
 *
 * Sortable headers are buttons; the sorted column carries aria-sort. The table sits in a
 * focusable, labelled region so it can be scrolled sideways with the keyboard on small screens.
 */
import { Fragment, useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

export type SortDirection = "asc" | "desc";

export interface Column<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** When set, the header sorts by this key. */
  sortKey?: string;
  align?: "start" | "end";
  /** Render the cell as a row header (<th scope="row">); use for the column naming the row. */
  rowHeader?: boolean;
  className?: string;
}

export interface DataTableProps<T> {
  caption: ReactNode;
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey: (row: T) => string;
  loading?: boolean;
  sort?: { key: string; direction: SortDirection };
  onSort?: (key: string, direction: SortDirection) => void;
  emptyMessage?: ReactNode;
  /** Content of a full-width row below a row (return null for none). */
  rowDetail?: (row: T) => ReactNode | null;
}

export function DataTable<T>({ caption, captionHidden, columns, rows, rowKey, loading, sort, onSort, emptyMessage, rowDetail }: DataTableProps<T>) {
  const { t } = useTranslation("common");
  const captionId = useId();
  const list = rows ?? [];
  const initialLoad = loading && !rows;
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={["table", loading ? "table--busy" : ""].filter(Boolean).join(" ")} aria-busy={loading || undefined}>
        <caption id={captionId} className={captionHidden ? "visually-hidden" : undefined}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const sorted = sort && c.sortKey && sort.key === c.sortKey ? sort.direction : undefined;
              const ariaSort = sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined;
              return (
                <th key={c.key} scope="col" aria-sort={ariaSort} className={[c.align === "end" ? "num" : "", c.className ?? ""].filter(Boolean).join(" ") || undefined}>
                  {c.sortKey && onSort ? (
                    <button type="button" className="sort-button" onClick={() => onSort(c.sortKey!, sorted === "asc" ? "desc" : "asc")}>
                      {c.header}
                      <span className="sort-button__icon" aria-hidden="true">
                        {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                      </span>
                      {sorted ? <span className="visually-hidden">, {sorted === "asc" ? t("table.sortedAsc") : t("table.sortedDesc")}</span> : null}
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {initialLoad ? (
            <tr>
              <td colSpan={columns.length} className="table__state" role="status">
                <span className="spinner" aria-hidden="true" /> {t("table.loading")}
              </td>
            </tr>
          ) : !list.length ? (
            <tr>
              <td colSpan={columns.length} className="table__state">
                {emptyMessage ?? t("table.empty")}
              </td>
            </tr>
          ) : (
            list.map((row) => {
              const key = rowKey(row);
              const detail = rowDetail?.(row);
              return (
                <Fragment key={key}>
                  <tr>
                    {columns.map((c) => {
                      const cls = [c.align === "end" ? "num" : "", c.className ?? ""].filter(Boolean).join(" ") || undefined;
                      return c.rowHeader ? (
                        <th key={c.key} scope="row" className={cls}>
                          {c.cell(row)}
                        </th>
                      ) : (
                        <td key={c.key} className={cls}>
                          {c.cell(row)}
                        </td>
                      );
                    })}
                  </tr>
                  {detail ? (
                    <tr className="table__detail">
                      <td colSpan={columns.length}>{detail}</td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
