/**
 * Pagination for offset/limit lists.
 *
 * <Pagination total={data.total} limit={50} offset={offset} onChange={(offset) => …} />
 *
 * Shows "1–50 van 230", previous/next buttons and page numbers (the current one has
 * aria-current="page"), inside <nav aria-label="Paginering">. Renders the range only when
 * everything fits on one page.
 */
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/hooks";

export interface PaginationProps {
  total: number;
  limit: number;
  offset: number;
  onChange: (offset: number) => void;
  /** Accessible name of the navigation landmark; defaults to "Paginering". */
  label?: string;
}

/** Page numbers to show: first, last, and the neighbours of the current page, with gaps as null. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push(null);
    out.push(p);
  });
  return out;
}

export function Pagination({ total, limit, offset, onChange, label }: PaginationProps) {
  const { t } = useTranslation("common");
  const f = useFormat();
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.min(pages, Math.floor(offset / limit) + 1);
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(total, offset + limit);
  const range = t("pagination.range", { from: f.number(from), to: f.number(to), total: f.number(total) });
  if (pages <= 1) return <p className="pagination__range">{range}</p>;
  const go = (p: number) => onChange((p - 1) * limit);
  return (
    <nav className="pagination" aria-label={label ?? t("pagination.label")}>
      <p className="pagination__range">{range}</p>
      <ul className="pagination__list">
        <li>
          <button type="button" className="btn btn--secondary btn--small" onClick={() => go(page - 1)} disabled={page <= 1} aria-label={t("pagination.previousLong")}>
            <span aria-hidden="true">‹ </span>
            {t("pagination.previous")}
          </button>
        </li>
        {pageWindow(page, pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="pagination__gap">
              …
            </li>
          ) : (
            <li key={p}>
              <button
                type="button"
                className={p === page ? "btn btn--primary btn--small" : "btn btn--ghost btn--small"}
                aria-current={p === page ? "page" : undefined}
                aria-label={t("pagination.goTo", { page: p })}
                onClick={() => go(p)}
              >
                {f.number(p)}
              </button>
            </li>
          ),
        )}
        <li>
          <button type="button" className="btn btn--secondary btn--small" onClick={() => go(page + 1)} disabled={page >= pages} aria-label={t("pagination.nextLong")}>
            {t("pagination.next")}
            <span aria-hidden="true"> ›</span>
          </button>
        </li>
      </ul>
    </nav>
  );
}
