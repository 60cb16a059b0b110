import { ApiError } from "../../../app/api";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { useCompassT } from "../lib/format";

/**
 * A refused upload: a file that cannot be read, a header row without the needed columns, or a commit
 * refused because of bad rows ("row 3.value"). Each problem is translated by its code.
 */
export function ImportProblems({ error, title }: { error: unknown; title: string }) {
  const { t } = useCompassT();
  const details = error instanceof ApiError && error.body.code === "validation" ? (error.body.details ?? []) : [];
  if (!details.length) return <ErrorMessage error={error} title={title} />;
  const column = (c: string) => t(`import.columns.${c}`, { defaultValue: c });
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{title}</p>
      <p>{t("import.fileProblems")}</p>
      <ul className="alert__list">
        {details.map((d, i) => {
          const message = t(`importError.${d.code}`, { defaultValue: d.message });
          const row = /^row (\d+)\.(.+)$/.exec(d.path);
          const col = /^file\.columns\.(.+)$/.exec(d.path);
          return (
            <li key={i}>
              {row
                ? t("import.rowProblem", { row: row[1], column: column(row[2]), message })
                : col
                  ? t("import.columnProblem", { column: column(col[1]), message })
                  : message}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
