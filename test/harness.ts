import type { FastifyInstance } from "fastify";
import { buildApp, type BuildOptions } from "../src/server/app.js";
import { testConfig } from "../src/server/config.js";
import type { Database } from "../src/server/db/client.js";
import { createTestDatabase } from "./db.js";

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** A full app on its own fresh database, for HTTP contract tests with app.inject(). */
export async function createTestApp(opts: BuildOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await buildApp(testConfig({ webDist: "./.tmp/no-web" }), database, { logger: false, ...opts });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
