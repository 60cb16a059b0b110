/**
 * Enforces the costly conventions of CONTRIBUTING.md that the type checker cannot:
 *  1. modules talk to each other only through index.ts;
 *  2. routes and the web never import the database layer;
 *  3. the web never imports server code;
 *  4. nothing but config.ts reads process.env (tests, benchmarks and journeys may);
 *  5. files stay small (warning over 400 lines).
 * Exits 1 on a violation of 1–4.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const src = join(root, "src");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const importRe = /(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const errors: string[] = [];
const warnings: string[] = [];

for (const file of walk(src)) {
  const rel = relative(root, file);
  const text = readFileSync(file, "utf8");
  const isTest = /\.test\.tsx?$/.test(file);
  const lines = text.split("\n").length;
  if (lines > 400) warnings.push(`${rel}: ${lines} lines (split it along its use cases)`);
  if (!isTest && !rel.endsWith("src/server/config.ts") && /process\.env/.test(text)) {
    errors.push(`${rel}: reads process.env (only src/server/config.ts may)`);
  }
  const moduleOf = rel.match(/^src\/server\/modules\/([^/]+)\//)?.[1];
  for (const m of text.matchAll(importRe)) {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith(".")) {
      if (rel.startsWith("src/web/") && /^(drizzle-orm|pg|@electric-sql|fastify)/.test(spec)) errors.push(`${rel}: web imports ${spec}`);
      continue;
    }
    const target = relative(root, resolve(dirname(file), spec));
    if (rel.startsWith("src/web/") && target.startsWith("src/server/")) errors.push(`${rel}: web imports server code ${target}`);
    if (/routes?\.ts$/.test(rel) && /src\/server\/db\//.test(target)) errors.push(`${rel}: a route imports the database layer ${target}`);
    const targetModule = target.match(/^src\/server\/modules\/([^/]+)\/(.+)$/);
    if (targetModule && targetModule[1] !== moduleOf && !isTest) {
      const inner = targetModule[2].replace(/\.(js|ts)$/, "");
      if (inner !== "index") errors.push(`${rel}: imports ${target} — other modules are reached through their index.ts`);
    }
  }
}

for (const w of warnings) console.warn(`warning: ${w}`);
for (const e of errors) console.error(`error: ${e}`);
if (errors.length) process.exit(1);
console.log(`lint-boundaries: ok (${warnings.length} warnings)`);
