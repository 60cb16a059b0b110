import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { seedTemplate, webDistDir } from "./server";

/**
 * Once per run: checks that the web app is built, and seeds one embedded database with the demo data. Each journey
 * file then starts its own server on a fresh copy of it (seconds instead of a minute of seeding per file).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const webDist = webDistDir();
  if (!existsSync(join(webDist, "index.html"))) throw new Error(`no web build in ${webDist}: run \`npm run build:web\` (or \`npm run test:e2e\`, which builds it)`);
  const dir = mkdtempSync(join(tmpdir(), "koers-e2e-template-"));
  await seedTemplate(dir);
  project.provide("demoDataDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    demoDataDir: string;
  }
}
