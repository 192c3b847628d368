// The secret that signs staff sessions: AUTH_SECRET from the environment, else one generated on
// first start and kept in DATA_DIR/auth-secret (mode 600), so sessions survive restarts.
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export async function resolveAuthSecret(fromEnv: string | undefined, dataDir: string): Promise<{ secret: string; source: "env" | "file" | "generated" }> {
  if (fromEnv) return { secret: fromEnv, source: "env" };
  const file = path.join(dataDir, "auth-secret");
  const stored = (await readFile(file, "utf8").catch(() => "")).trim();
  if (stored.length >= 32) {
    await chmod(file, 0o600);
    return { secret: stored, source: "file" };
  }
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString("base64url");
  // "wx": never overwrite a secret another instance wrote a moment ago.
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: stored ? "w" : "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return resolveAuthSecret(undefined, dataDir);
  }
  return { secret, source: "generated" };
}
