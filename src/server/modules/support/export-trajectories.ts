import { sql } from "drizzle-orm";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { Ctx } from "../../platform/context.js";
import { limitExceeded } from "../../platform/errors.js";
import { resolveDeps, todayIso, type SupportDeps } from "./deps.js";
import { parseListQuery } from "./list-trajectories.js";
import { requireReader, viewOf } from "./policies.js";
import { presentListItem } from "./presenters.js";
import { rows, TRAJECTORY_COLUMNS, TRAJECTORY_FROM, type TrajectoryRecord } from "./repo.js";
import { trajectoryOrder, trajectoryWhere } from "./trajectory-query.js";

export const EXPORT_LIMIT = 50_000;

const STATUS_NL: Record<string, string> = { open: "lopend", closed: "afgerond", abandoned: "stopgezet" };

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** The list's query (filters and sort, every page) as a CSV or XLSX file; Dutch headers, the actor's view. */
export async function exportTrajectories({
  ctx,
  input,
  deps,
}: {
  ctx: Ctx;
  input: { format: "csv" | "xlsx"; query: unknown };
  deps?: Partial<SupportDeps>;
}): Promise<ExportFile> {
  requireReader(ctx.actor);
  const q = parseListQuery({ ...(input.query as object), limit: 1, offset: 0 });
  const where = trajectoryWhere(ctx, q);
  const found = await rows<TrajectoryRecord>(
    ctx,
    sql`select ${TRAJECTORY_COLUMNS} from ${TRAJECTORY_FROM} where ${where} order by ${trajectoryOrder(q.sort)} limit ${EXPORT_LIMIT + 1}`,
  );
  if (found.length > EXPORT_LIMIT) throw limitExceeded(`The export is limited to ${EXPORT_LIMIT.toLocaleString("en-GB")} trajectories; narrow the filters.`);
  const names = new Map(
    (await rows<{ nis: string; name: string }>(ctx, sql`select nis, name_nl as name from municipalities`)).map((m) => [m.nis, m.name]),
  );
  const view = viewOf(ctx.actor);
  const staff = view === "staff";
  const header = [
    "Programma", "Organisatie", "Ondernemingsnummer", "Gemeente", "NIS", "Fase", "Status", "Startdatum", "Afgesloten op",
    "Accountmanager", "Samenvatting", "Laatste contact", ...(staff ? ["Open taken"] : []),
  ];
  const table = found.map((r) => {
    const i = presentListItem(r, view);
    return [
      i.programme.nameNl, i.organisation.name, i.organisation.enterpriseNumber ?? "", names.get(i.organisation.municipalityNis ?? "") ?? "",
      i.organisation.municipalityNis ?? "", i.stage.nameNl, STATUS_NL[i.status], i.startDate, i.closedDate ?? "", i.owner?.displayName ?? "",
      i.summary, i.lastInteractionDate ?? "", ...(staff ? [i.openTasks ?? 0] : []),
    ];
  });
  const stamp = todayIso(resolveDeps(deps));
  if (input.format === "csv") {
    return { fileName: `trajecten-${stamp}.csv`, contentType: "text/csv; charset=utf-8", body: Buffer.from(`\uFEFF${stringify([header, ...table])}`, "utf8") };
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Trajecten");
  sheet.addRow(header).font = { bold: true };
  for (const row of table) sheet.addRow(row);
  sheet.columns.forEach((c) => {
    c.width = 18;
  });
  sheet.getColumn(2).width = 40;
  sheet.getColumn(11).width = 40;
  return {
    fileName: `trajecten-${stamp}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: Buffer.from(await book.xlsx.writeBuffer()),
  };
}
