// The only reader of process.env (STYLE.md). Parsed once; a bad value fails loudly at start-up
// with the variable's name, never with its value (it may be a secret).
import { z } from "zod";

const optionalString = z
  .string()
  .transform((value) => value.trim())
  .pipe(z.string())
  .optional()
  .transform((value) => (value ? value : undefined));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  DATA_DIR: optionalString,
  HOST: optionalString,
  PORT: optionalString.pipe(z.coerce.number<string>().int().min(1).max(65535).optional()),
  AUTH_SECRET: optionalString.pipe(z.string().min(32).optional()),
  ADMIN_EMAIL: optionalString.pipe(z.email().optional()),
  ADMIN_PASSWORD: optionalString,
  PUBLIC_URL: optionalString.pipe(z.url().optional()),
  /** How many reverse proxies in front of the portal append to X-Forwarded-For (lib/http/client-address.ts). */
  TRUSTED_PROXY_HOPS: optionalString.pipe(z.coerce.number<string>().int().min(0).max(10).optional()).transform((value) => value ?? 0),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** How often each web instance checks the public-content revision (lib/publishing/cache-watcher.ts). */
  CACHE_POLL_MS: optionalString.pipe(z.coerce.number<string>().int().min(200).max(60_000).default(2000)),
  /** How often each web instance publishes drafts whose "publish at" time has come (lib/publishing/scheduler.ts). */
  SCHEDULER_INTERVAL_MS: optionalString.pipe(z.coerce.number<string>().int().min(200).max(300_000).default(5000)),
  /** Largest accepted document upload, in bytes (lib/uploads). Default 100 MB. */
  UPLOAD_MAX_BYTES: optionalString.pipe(z.coerce.number<string>().int().min(1024).max(10 * 1024 ** 3).default(100 * 1024 ** 2)),
  /** How often each web instance looks for uploaded files whose text is still to be extracted. */
  TEXT_EXTRACTION_INTERVAL_MS: optionalString.pipe(z.coerce.number<string>().int().min(200).max(600_000).default(5000)),
  /**
   * S3-compatible storage for uploaded files (lib/storage). When STORAGE_S3_BUCKET is set, files
   * go there instead of DATA_DIR/files; credentials fall back to the AWS SDK's default chain.
   */
  STORAGE_S3_BUCKET: optionalString,
  STORAGE_S3_REGION: optionalString,
  STORAGE_S3_ENDPOINT: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  STORAGE_S3_ACCESS_KEY_ID: optionalString,
  STORAGE_S3_SECRET_ACCESS_KEY: optionalString,
  /**
   * Outgoing mail (lib/mail): `smtp://user:pass@host:587` or `smtps://…:465`. Without it, messages
   * are kept (status HELD) and readable in the staff Mail log, and printed to the server log in
   * development.
   */
  SMTP_URL: optionalString.pipe(z.url({ protocol: /^smtps?$/ }).optional()),
  /** The From header of outgoing mail, e.g. `HLD Secretariat <hld@example.org>`. */
  MAIL_FROM: optionalString,
  /** How often each web instance looks for mail to deliver. */
  MAIL_INTERVAL_MS: optionalString.pipe(z.coerce.number<string>().int().min(100).max(600_000).default(3000)),
  /** Days after a registration period's event (or its closing, whichever is later) before personal data is anonymised. */
  REGISTRATION_RETENTION_DAYS: optionalString.pipe(z.coerce.number<string>().int().min(1).max(3650).default(365)),
  /**
   * Registration submissions (and link requests) accepted per client address per hour; the
   * confirmation and status-link limits scale with it. Raise it where many registrants share one
   * address (an office or venue behind one NAT address).
   */
  REGISTRATION_ADDRESS_LIMIT: optionalString.pipe(z.coerce.number<string>().int().min(1).max(100_000).default(10)),
  /** How often each web instance runs the registration housekeeping (retention, expired confirmations). */
  RETENTION_INTERVAL_MS: optionalString.pipe(z.coerce.number<string>().int().min(1000).max(86_400_000).default(3_600_000)),
  /** Set by `npm start` to the public address; read only through `publicBaseUrl()`. */
  NEXTAUTH_URL: optionalString.pipe(z.url().optional()),
  /** Path-style addressing (bucket in the path), which most S3-compatible servers need. */
  STORAGE_S3_FORCE_PATH_STYLE: optionalString.pipe(z.enum(["true", "false"]).optional()).transform((value) => value === "true"),
  /** Key prefix inside the bucket, so several portals can share one. */
  STORAGE_S3_PREFIX: optionalString,
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const names = result.error.issues.map((issue) => issue.path.join(".")).join(", ");
    throw new Error(`Invalid environment variable(s): ${names}. See README.md, "Configuration".`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The parsed environment. Read lazily so that scripts can set variables before the first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The address users reach the portal at, without a trailing slash (links in emails). */
export function publicBaseUrl(config: Env = env()): string {
  return (config.PUBLIC_URL ?? config.NEXTAUTH_URL ?? `http://${config.HOST ?? "127.0.0.1"}:${config.PORT ?? 3000}`).replace(/\/+$/u, "");
}

/** Parses an explicit environment (tests, child processes) without caching it. */
export function readEnv(source: NodeJS.ProcessEnv): Env {
  return parseEnv(source);
}
