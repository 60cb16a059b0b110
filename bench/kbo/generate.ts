/**
 * Writes a synthetic KBO open-data dump in exactly the published format: a full zip
 * (KboOpenData_<nr>_<yyyy>_<mm>_<dd>_Full.zip) and, on request, an update zip with N changes
 * (<table>_delete.csv with the key column, <table>_insert.csv with whole rows). Reports the exact
 * number of rows it wrote per file, and what a Limburg-only or Belgian import must end with.
 *
 * As a script: npx tsx bench/kbo/generate.ts --enterprises 20000 [--changes 15000] [--out .tmp/kbo]
 */
import { createWriteStream, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import yazl from "yazl";
import { DELTA_TABLES, KBO_FILES, type KboTable } from "../../src/server/modules/organisations/kbo/format.js";
import { NACE, entityRows, inLimburg, LIMBURG_POSTCODES, type EntityRows, type Row } from "./entities.js";

export type Counts = Record<KboTable, number>;
type DeltaTable = Exclude<KboTable, "code" | "meta">;

export interface GenerateOptions {
  dir: string;
  enterprises: number;
  seed?: number;
  extractNumber?: number;
  /** Share of seats and establishments placed at a Limburg postcode (default 0.12). */
  limburgShare?: number;
  /** Line ending of the CSV files (the KBO writes \n; \r\n is accepted too). */
  eol?: "\n" | "\r\n";
}

export interface GeneratedFull {
  path: string;
  fileName: string;
  /** Rows written per file (header excluded). */
  counts: Counts;
  /** Rows a Limburg-only import keeps per table. */
  limburgCounts: Counts;
  limburgEnterprises: number;
}

const LIMBURG = new Set(LIMBURG_POSTCODES.map((p) => p.postcode));
const empty = (): Counts => ({ enterprise: 0, establishment: 0, branch: 0, denomination: 0, address: 0, contact: 0, activity: 0, code: 0, meta: 0 });

const line = (row: Row, eol: string) => `${row.map((v) => (v === null ? "" : /^\d{2}-\d{2}-\d{4}$/.test(v) ? v : `"${v.replace(/"/g, '""')}"`)).join(",")}${eol}`;
const headerLine = (cols: string[], eol: string) => `${cols.map((c) => `"${c}"`).join(",")}${eol}`;

/** A stream of CSV text built row by row (never the whole file in memory). */
function csvStream(header: string[], rows: () => Iterable<Row>, eol: string, onRow: () => void): Readable {
  async function* gen() {
    yield headerLine(header, eol);
    let buf = "";
    for (const row of rows()) {
      buf += line(row, eol);
      onRow();
      if (buf.length > 64 * 1024) {
        yield buf;
        buf = "";
      }
    }
    if (buf) yield buf;
  }
  return Readable.from(gen());
}

function codeRows(): Row[] {
  const rows: Row[] = [];
  const add = (category: string, code: string, nl: string, fr = nl) => {
    rows.push([category, code, "NL", nl], [category, code, "FR", fr]);
  };
  add("Status", "AC", "Actief", "Actif");
  add("TypeOfEnterprise", "1", "Natuurlijk persoon", "Personne physique");
  add("TypeOfEnterprise", "2", "Rechtspersoon", "Personne morale");
  add("JuridicalSituation", "000", "Normale toestand", "Situation normale");
  add("JuridicalSituation", "012", "Gerechtelijke reorganisatie", "Réorganisation judiciaire");
  for (const [c, nl] of [["014", "Naamloze vennootschap"], ["610", "Besloten vennootschap"], ["017", "Vereniging zonder winstoogmerk"], ["706", "Coöperatieve vennootschap"], ["015", "Commanditaire vennootschap"], ["612", "Vennootschap onder firma"], ["416", "Dienstverlenende vereniging"], ["124", "Openbare instelling"]]) {
    add("JuridicalForm", c, nl);
  }
  add("TypeOfDenomination", "001", "Naam", "Dénomination");
  add("TypeOfDenomination", "002", "Afkorting", "Abréviation");
  add("TypeOfDenomination", "003", "Commerciële naam", "Dénomination commerciale");
  add("TypeOfDenomination", "004", "Naam van het bijkantoor", "Dénomination de la succursale");
  add("TypeOfAddress", "REGO", "Zetel", "Siège");
  add("TypeOfAddress", "BAET", "Vestigingseenheid", "Unité d'établissement");
  add("TypeOfAddress", "ABBR", "Bijkantoor", "Succursale");
  add("Classification", "MAIN", "Hoofdactiviteit", "Activité principale");
  add("Classification", "SECO", "Nevenactiviteit", "Activité secondaire");
  add("Classification", "ANCI", "Hulpactiviteit", "Activité auxiliaire");
  for (const [code, nl] of NACE) {
    add("Nace2008", code, nl);
    add("Nace2025", code, nl);
  }
  return rows;
}

function metaRows(kind: "full" | "update", extractNumber: number, snapshot: string): Row[] {
  return [
    ["SnapshotDate", snapshot],
    ["ExtractTimestamp", `${snapshot} 23:59:59`],
    ["ExtractType", kind],
    ["ExtractNumber", String(extractNumber).padStart(4, "0")],
    ["Version", "1.0.0"],
  ];
}

async function writeZip(path: string, members: { name: string; stream: () => Readable }[]): Promise<void> {
  const zip = new yazl.ZipFile();
  const done = new Promise<void>((res, rej) => {
    const out = createWriteStream(path);
    out.on("close", () => res());
    out.on("error", rej);
    zip.outputStream.pipe(out);
  });
  for (const m of members) zip.addReadStream(m.stream(), m.name, { mtime: new Date(Date.UTC(2025, 9, 5)) });
  zip.end();
  await done;
}

function* rowsOf(table: DeltaTable, ids: Iterable<[number, number]>, seed: number, share: number): Iterable<Row> {
  for (const [i, v] of ids) yield* entityRows(seed, i, v, share)[table];
}

function* range(n: number): Iterable<[number, number]> {
  for (let i = 0; i < n; i++) yield [i, 0];
}

/** Counts, for every table, the rows of a set of enterprises, and which of them are in Limburg. */
function countState(ids: Iterable<[number, number]>, seed: number, share: number): { all: Counts; limburg: Counts; limburgEnterprises: number } {
  const all = empty();
  const limburg = empty();
  let limburgEnterprises = 0;
  for (const [i, v] of ids) {
    const rows = entityRows(seed, i, v, share);
    const inL = inLimburg(rows, LIMBURG);
    if (inL) limburgEnterprises++;
    for (const t of Object.keys(rows) as DeltaTable[]) {
      all[t] += rows[t].length;
      if (inL) limburg[t] += rows[t].length;
    }
  }
  const codes = codeRows().length;
  all.code = limburg.code = codes;
  all.meta = limburg.meta = 5;
  return { all, limburg, limburgEnterprises };
}

export async function generateFullDump(opts: GenerateOptions): Promise<GeneratedFull> {
  const seed = opts.seed ?? 1;
  const share = opts.limburgShare ?? 0.12;
  const eol = opts.eol ?? "\n";
  const nr = opts.extractNumber ?? 140;
  mkdirSync(opts.dir, { recursive: true });
  const fileName = `KboOpenData_${String(nr).padStart(4, "0")}_2025_10_05_Full.zip`;
  const path = resolve(join(opts.dir, fileName));
  const counts = empty();
  const members = (["meta", "code", "enterprise", "establishment", "denomination", "address", "contact", "activity", "branch"] as KboTable[]).map((t) => ({
    name: `${t}.csv`,
    stream: () =>
      csvStream(
        KBO_FILES[t].header,
        () => (t === "code" ? codeRows() : t === "meta" ? metaRows("full", nr, "04-10-2025") : rowsOf(t as DeltaTable, range(opts.enterprises), seed, share)),
        eol,
        () => counts[t]++,
      ),
  }));
  await writeZip(path, members);
  const state = countState(range(opts.enterprises), seed, share);
  return { path, fileName, counts, limburgCounts: state.limburg, limburgEnterprises: state.limburgEnterprises };
}

export interface UpdateOptions extends GenerateOptions {
  /** Number of changed enterprises: 20 % removed, 60 % changed, 20 % new. */
  changes: number;
}

export interface GeneratedUpdate {
  path: string;
  fileName: string;
  deletes: Counts;
  inserts: Counts;
  /** Rows the tables hold after the update, for a Belgian and for a Limburg-only import. */
  after: Counts;
  limburgAfter: Counts;
}

/** An update zip against the full dump made with the same seed and number of enterprises. */
export async function generateUpdateDump(opts: UpdateOptions): Promise<GeneratedUpdate> {
  const seed = opts.seed ?? 1;
  const share = opts.limburgShare ?? 0.12;
  const eol = opts.eol ?? "\n";
  const nr = (opts.extractNumber ?? 140) + 1;
  const n = opts.enterprises;
  const removedCount = Math.floor(opts.changes * 0.2);
  const newCount = Math.floor(opts.changes * 0.2);
  const changedCount = Math.min(n - removedCount, opts.changes - removedCount - newCount);
  // spread the touched enterprises over the whole range, deterministically
  const step = Math.max(1, Math.floor(n / Math.max(1, removedCount + changedCount)));
  const touched: number[] = [];
  for (let i = 3; touched.length < removedCount + changedCount && i < n; i += step) touched.push(i);
  const removed = touched.filter((_, k) => k % 4 === 0).slice(0, removedCount);
  const removedSet = new Set(removed);
  const changed = touched.filter((i) => !removedSet.has(i));
  const added = Array.from({ length: newCount }, (_, k) => n + k);

  mkdirSync(opts.dir, { recursive: true });
  const fileName = `KboOpenData_${String(nr).padStart(4, "0")}_2025_10_06_Update.zip`;
  const path = resolve(join(opts.dir, fileName));
  const deletes = empty();
  const inserts = empty();

  const keyIndex: Record<DeltaTable, number> = { enterprise: 0, establishment: 0, branch: 0, denomination: 0, address: 0, contact: 0, activity: 0 };
  function* deleteKeys(t: DeltaTable): Iterable<Row> {
    for (const i of [...removed, ...changed]) {
      const keys = new Set<string>();
      for (const v of [0, 1]) {
        const rows: EntityRows = entityRows(seed, i, v, share);
        for (const r of rows[t]) keys.add(r[keyIndex[t]]!);
      }
      for (const k of keys) yield [k];
    }
  }
  const insertIds = (): Iterable<[number, number]> => [...changed.map((i) => [i, 1] as [number, number]), ...added.map((i) => [i, 0] as [number, number])];

  const members: { name: string; stream: () => Readable }[] = [
    { name: "meta.csv", stream: () => csvStream(KBO_FILES.meta.header, () => metaRows("update", nr, "05-10-2025"), eol, () => inserts.meta++) },
    { name: "code.csv", stream: () => csvStream(KBO_FILES.code.header, codeRows, eol, () => inserts.code++) },
  ];
  for (const t of DELTA_TABLES as DeltaTable[]) {
    members.push({ name: `${t}_delete.csv`, stream: () => csvStream([KBO_FILES[t].key!.header], () => deleteKeys(t), eol, () => deletes[t]++) });
    members.push({ name: `${t}_insert.csv`, stream: () => csvStream(KBO_FILES[t].header, () => rowsOf(t, insertIds(), seed, share), eol, () => inserts[t]++) });
  }
  await writeZip(path, members);

  const changedSet = new Set(changed);
  function* finalState(): Iterable<[number, number]> {
    for (let i = 0; i < n; i++) if (!removedSet.has(i)) yield [i, changedSet.has(i) ? 1 : 0];
    for (const i of added) yield [i, 0];
  }
  const state = countState(finalState(), seed, share);
  return { path, fileName, deletes, inserts, after: state.all, limburgAfter: state.limburg };
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string, dflt: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : dflt;
  };
  const dir = arg("out", ".tmp/kbo");
  const enterprises = Number(arg("enterprises", "20000"));
  const changes = Number(arg("changes", "0"));
  const full = await generateFullDump({ dir, enterprises });
  console.log(JSON.stringify({ full }, null, 2));
  if (changes > 0) console.log(JSON.stringify({ update: await generateUpdateDump({ dir, enterprises, changes }) }, null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
