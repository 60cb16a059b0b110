import type { Database } from "../src/server/db/client.js";

export interface SeedOptions {
  demo: boolean;
  log: (msg: string) => void;
  /** Skip when the database already holds the statement's goals. */
  onlyIfEmpty?: boolean;
}

/** Loads reference data (geography), the policy statement's goals and indicators, and demo data. */
export async function seedAll(_database: Database, _opts: SeedOptions): Promise<void> {}
