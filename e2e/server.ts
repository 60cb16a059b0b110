import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The platform as a user runs it (`tsx src/server/main.ts …`), on an embedded database of its own. */

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** The built web app the server serves; defaults to webDistDir(). */
  webDist?: string;
  /** A seeded data directory to start from (copied, never changed); without it the server seeds the demo data itself. */
  template?: string;
}

/**
 * The web build the journeys run against: E2E_WEB_DIST, or dist/web (what `npm run test:e2e` builds). Point
 * E2E_WEB_DIST at a private build (`npx vite build --outDir ../../.tmp/e2e-web`) to iterate without emptying dist/web.
 */
export function webDistDir(): string {
  return process.env.E2E_WEB_DIST || "dist/web";
}

function environment(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: "", // always the embedded database, even where CI points DATABASE_URL at PostgreSQL
    LOG_LEVEL: "warn",
    DEMO: "true",
    SNAPSHOT_INTERVAL_MINUTES: "0",
    ...extra,
  };
}

function run(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "src/server/main.ts", ...args], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Migrates and seeds a fresh embedded database with the demo data in `dir`. */
export async function seedTemplate(dir: string): Promise<void> {
  const seed = run(["seed"], environment(dir));
  const code = await seed.exited;
  if (code !== 0) throw new Error(`seeding the demo data failed (exit ${code}):\n${seed.output()}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

async function stopProcess(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s);
    } catch {
      /* gone */
    }
  };
  signal("SIGTERM");
  const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 10_000).unref())]);
  if (timedOut) {
    signal("SIGKILL");
    await exited;
  }
}

/** Starts `serve` on a free port with a fresh copy of the template (or a fresh database it seeds itself). */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "koers-e2e-"));
  if (options.template) cpSync(options.template, dataDir, { recursive: true });
  const server = run(["serve"], environment(dataDir, { PORT: String(port), HOST: "127.0.0.1", WEB_DIST: options.webDist ?? webDistDir() }));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopProcess(server.child, server.exited);
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 170_000;
  for (;;) {
    if (server.child.exitCode !== null) {
      await stop();
      throw new Error(`the server exited early:\n${server.output()}`);
    }
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not answer in time:\n${server.output()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop };
}
