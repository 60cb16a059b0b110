import type { ImportConn } from "./conn.js";

export type Phase = "open" | "scan" | "load" | "index" | "apply" | "derive" | "done";

export interface ProgressSnapshot {
  runId: string;
  phase: Phase;
  file: string | null;
  rowsDone: number;
  rowsTotalEstimate: number | null;
  bytesDone: number;
  bytesTotal: number | null;
}

/** Thrown by the test hooks to stop an import the way kill -9 would: nothing is marked, nothing cleaned. */
export class SimulatedCrash extends Error {
  constructor(where: string) {
    super(`simulated crash ${where}`);
    this.name = "SimulatedCrash";
  }
}

export interface ImportHooks {
  /** Crash once this many rows have been read in this attempt. */
  crashAfterRows?: number;
  /** Crash at the start of a phase (inside its transaction where it has one). */
  crashAt?: "index" | "swap" | "apply";
  /** Rows per transaction when loading into PGlite (default 20,000); small values exercise resuming mid-file. */
  chunkRows?: number;
  /** Awaited just before the final transaction (tests read the registry there). */
  beforeSwap?: () => Promise<void>;
}

/** Counts rows and bytes, estimates the total, and writes it to the run row at most every 500 ms. */
export class Progress {
  phase: Phase = "open";
  file: string | null = null;
  rowsDone = 0;
  bytesDone = 0;
  bytesTotal: number | null = null;
  private rowsThisAttempt = 0;
  private lastFlush = 0;
  private flushing: Promise<void> | null = null;

  constructor(
    readonly runId: string,
    readonly hooks: ImportHooks,
    private readonly listener?: (p: ProgressSnapshot) => void,
  ) {}

  rows(n: number): void {
    this.rowsDone += n;
    this.rowsThisAttempt += n;
    if (this.hooks.crashAfterRows !== undefined && this.rowsThisAttempt >= this.hooks.crashAfterRows) {
      throw new SimulatedCrash(`after ${this.rowsThisAttempt} rows in ${this.file}`);
    }
  }

  bytes(n: number): void {
    this.bytesDone += n;
  }

  estimate(): number | null {
    if (!this.bytesTotal || this.bytesDone === 0) return null;
    return Math.max(this.rowsDone, Math.round((this.rowsDone * this.bytesTotal) / this.bytesDone));
  }

  snapshot(): ProgressSnapshot {
    return {
      runId: this.runId,
      phase: this.phase,
      file: this.file,
      rowsDone: this.rowsDone,
      rowsTotalEstimate: this.estimate(),
      bytesDone: this.bytesDone,
      bytesTotal: this.bytesTotal,
    };
  }

  /** Writes progress when 500 ms have passed (or always with force); never two writes at once. */
  async flush(conn: ImportConn, force = false): Promise<void> {
    const now = Date.now();
    if (!force && now - this.lastFlush < 500) return;
    if (this.flushing) await this.flushing;
    this.lastFlush = now;
    const s = this.snapshot();
    this.listener?.(s);
    this.flushing = conn
      .side(
        `update kbo_import_runs set phase = $2, current_file = $3, rows_done = $4, rows_total_estimate = $5,
           bytes_done = $6, bytes_total = $7, updated_at = now() where id = $1`,
        [s.runId, s.phase, s.file, s.rowsDone, s.rowsTotalEstimate, s.bytesDone, s.bytesTotal],
      )
      .then(() => undefined);
    try {
      await this.flushing;
    } finally {
      this.flushing = null;
    }
  }
}
