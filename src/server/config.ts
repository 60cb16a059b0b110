import { z } from "zod";

/** Every environment variable the platform reads, parsed once at start. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DEMO: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
  COOKIE_SECURE: z.enum(["true", "false", "auto"]).default("auto"),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  SNAPSHOT_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(1440 * 7).default(60),
  MAP_TILE_URL: z.string().optional(),
  /** Proxy hops to trust for the client address (X-Forwarded-For): 0 = none (direct), n = the n nearest. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  WEB_DIST: z.string().default("./dist/web"),
  /** Outgoing mail, e.g. smtp://user:pass@mail.example.be:587; unset (or DEMO) = mail is logged, not sent. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default("Koers <no-reply@koers.limburg.be>"),
  /** How often the outbox sender runs; 0 = off. */
  OUTBOX_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(30),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  demo: boolean;
  cookieSecure: "true" | "false" | "auto";
  sessionTtlHours: number;
  loginMaxAttempts: number;
  loginWindowMinutes: number;
  snapshotIntervalMinutes: number;
  mapTileUrl?: string;
  trustProxyHops: number;
  webDist: string;
  smtpUrl?: string;
  mailFrom: string;
  outboxIntervalSeconds: number;
};

export class ConfigError extends Error {}

/** Parses the environment; throws one error naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    demo: e.DEMO,
    cookieSecure: e.COOKIE_SECURE,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    loginMaxAttempts: e.LOGIN_MAX_ATTEMPTS,
    loginWindowMinutes: e.LOGIN_WINDOW_MINUTES,
    snapshotIntervalMinutes: e.SNAPSHOT_INTERVAL_MINUTES,
    mapTileUrl: e.MAP_TILE_URL,
    trustProxyHops: e.TRUST_PROXY_HOPS,
    webDist: e.WEB_DIST,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    outboxIntervalSeconds: e.OUTBOX_INTERVAL_SECONDS,
  };
}

/** Config for tests: defaults, no environment. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: "silent", OUTBOX_INTERVAL_SECONDS: "0" }), ...overrides };
}
