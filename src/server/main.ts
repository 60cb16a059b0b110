#!/usr/bin/env node
import { loadConfig, ConfigError } from "./config.js";
import { openDatabase, runMigrations } from "./db/client.js";
import { buildApp } from "./app.js";

const USAGE = `Usage: koers <command>
  serve     apply pending migrations, seed demo data when DEMO=true and the database is empty, serve
  migrate   apply pending migrations
  seed      load reference data and the policy statement's goals (and demo data when DEMO=true)
  import-kbo <KboOpenData_…_Full.zip | _Update.zip> [--scope limburg|belgium]
            import the KBO open data into the organisation registry (progress on stderr)`;

async function main(argv: string[]): Promise<number> {
  const command = argv[0] ?? "serve";
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  const database = await openDatabase(config);
  try {
    if (command === "migrate") {
      await runMigrations(database);
      console.log("Migrations applied.");
      return 0;
    }
    if (command === "seed") {
      await runMigrations(database);
      const { seedAll } = await import("../../seed/index.js");
      await seedAll(database, { demo: config.demo, log: console.log });
      return 0;
    }
    if (command === "import-kbo") {
      await runMigrations(database);
      const { runImportKboCommand } = await import("./modules/organisations/index.js");
      return await runImportKboCommand(database, argv.slice(1));
    }
    if (command === "serve") {
      await runMigrations(database);
      const { seedAll } = await import("../../seed/index.js");
      await seedAll(database, { demo: config.demo, log: console.log, onlyIfEmpty: true });
      const app = await buildApp(config, database);
      const close = async () => {
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.once("SIGINT", close);
      process.once("SIGTERM", close);
      await app.listen({ port: config.port, host: config.host });
      console.log(`Koers listens on http://localhost:${config.port} (${database.kind})`);
      return -1; // keep running
    }
    console.error(USAGE);
    return 2;
  } finally {
    if (command !== "serve") await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
