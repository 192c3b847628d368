// A minimal structured logger: one JSON line per entry on stderr/stdout. Callers pass context
// objects, never personal data or secrets (emails, tokens, passwords).
type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const level = (process.env.LOG_LEVEL as Level | undefined) ?? "info";
  return order[level] ?? order.info;
}

function serialiseError(error: unknown): Record<string, unknown> | undefined {
  if (!(error instanceof Error)) return error === undefined ? undefined : { value: String(error) };
  return { name: error.name, message: error.message, stack: error.stack };
}

function write(level: Level, message: string, context?: Record<string, unknown>): void {
  if (order[level] < threshold()) return;
  const { error, ...rest } = context ?? {};
  const entry = { time: new Date().toISOString(), level, message, ...rest, error: serialiseError(error) };
  const line = JSON.stringify(entry);
  if (level === "error" || level === "warn") process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

export const logger = {
  debug: (message: string, context?: Record<string, unknown>) => write("debug", message, context),
  info: (message: string, context?: Record<string, unknown>) => write("info", message, context),
  warn: (message: string, context?: Record<string, unknown>) => write("warn", message, context),
  error: (message: string, context?: Record<string, unknown>) => write("error", message, context),
};
