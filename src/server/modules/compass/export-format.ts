import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify";
import type { CompassLocale } from "./format.js";
import type { ExportData, ExportRow } from "./export-measurements.js";

/**
 * Back-office exports. CSV as Excel in Belgium writes it: semicolon-delimited, decimal comma, no
 * thousands separator, UTF-8 with BOM — so it opens in Excel and imports again under the import rule
 * (comma = decimals). XLSX: numbers as numbers, an "Indicatoren" sheet with every indicator's status
 * and a "Metingen" sheet with the values. Both stream.
 */
const COLUMNS: { key: keyof ExportRow; header: string }[] = [
  { key: "indicator", header: "indicator" },
  { key: "period", header: "period" },
  { key: "value", header: "value" },
  { key: "municipality", header: "municipality" },
  { key: "source", header: "source" },
  { key: "note", header: "note" },
  { key: "indicatorName", header: "indicator_name" },
  { key: "unit", header: "unit" },
  { key: "municipalityName", header: "municipality_name" },
  { key: "origin", header: "origin" },
];

export function decimalComma(v: number): string {
  return String(v).replace(".", ",");
}

export function exportCsv(data: ExportData): Readable {
  const out = stringify({ delimiter: ";", bom: true, header: true, columns: COLUMNS.map((c) => c.header) });
  void (async () => {
    try {
      for await (const batch of data.batches()) {
        for (const r of batch) {
          if (!out.write(COLUMNS.map((c) => (c.key === "value" ? decimalComma(r.value) : String(r[c.key]))))) {
            await new Promise((resolve) => out.once("drain", resolve));
          }
        }
      }
      out.end();
    } catch (err) {
      out.destroy(err as Error);
    }
  })();
  return out;
}

export function exportXlsx(data: ExportData, locale: CompassLocale): Readable {
  const stream = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: false, useSharedStrings: false });
  void (async () => {
    try {
      const nl = locale === "nl-BE";
      const summary = book.addWorksheet(nl ? "Indicatoren" : "Indicators");
      summary.columns = [
        "code", "name_nl", "name_en", "goal", "unit", "direction", "baseline", "baseline_date", "target", "target_high", "target_date",
        "status", "current", "current_date", "explanation",
      ].map((h) => ({ header: h, key: h }));
      for (const i of data.indicators) {
        summary.addRow([
          i.code, i.nameNl, i.nameEn, i.goalCode, i.unit, i.direction, i.baselineValue, i.baselineDate, i.targetValue, i.targetValueHigh,
          i.targetDate, i.status.status, i.status.current, i.status.currentDate, i.status.sentence,
        ]).commit();
      }
      summary.commit();
      const sheet = book.addWorksheet(nl ? "Metingen" : "Measurements");
      sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key }));
      for await (const batch of data.batches()) for (const r of batch) sheet.addRow(COLUMNS.map((c) => r[c.key])).commit();
      sheet.commit();
      await book.commit();
    } catch (err) {
      stream.destroy(err as Error);
    }
  })();
  return stream;
}
