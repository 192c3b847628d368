// Decides whether the production build in a dist folder (.next, .next-e2e) matches the sources,
// so `npm start` and the end-to-end server build only when something that shapes the bundle
// changed. The fingerprint is a sha256 over the paths and contents of the inputs below, stored
// in the dist folder after a successful build.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { claimOwnership, liveOwner, releaseOwnership } from "@/lib/platform/owner-lock";
import { resolveNextBin } from "./next-bin";

/** Folders whose files shape the bundle (prisma/ includes the seed: prerendered pages show it). */
const SOURCE_DIRS = ["app", "components", "lib", "prisma", "public"];
/** Root files that shape the bundle: dependencies, compiler and framework configuration. */
const SOURCE_FILES = [
  "package-lock.json",
  "next.config.js",
  "next.config.mjs",
  "next.config.ts",
  "tsconfig.json",
  "proxy.ts",
  "instrumentation.ts",
  "postcss.config.mjs",
  "postcss.config.js",
];
const STAMP_FILE = "hld-build-fingerprint";

function isIgnored(relative: string): boolean {
  return (
    relative.startsWith(`lib${path.sep}generated`) || // derived from prisma/schema.prisma, hashed already
    /\.(int\.)?test\.tsx?$/.test(relative) || // tests are not part of the bundle
    relative.split(path.sep).some((part) => part.startsWith(".") || part === "node_modules")
  );
}

async function listFiles(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const relative = path.join(dir, entry.name);
      if (isIgnored(relative)) return [];
      if (entry.isDirectory()) return listFiles(root, relative);
      return entry.isFile() ? [relative] : [];
    }),
  );
  return nested.flat();
}

/** The fingerprint of the build inputs under root; `extra` folds in anything else that matters. */
export async function sourceFingerprint(root: string, extra = ""): Promise<string> {
  const files = [...(await Promise.all(SOURCE_DIRS.map((dir) => listFiles(root, dir)))).flat(), ...SOURCE_FILES].sort();
  const hash = createHash("sha256").update(`extra:${extra}\n`);
  for (const file of files) {
    const raw = await readFile(path.join(root, file)).catch(() => undefined);
    if (raw === undefined) continue;
    const content = file === "tsconfig.json" ? normaliseTsconfig(raw) : raw;
    // Paths use "/" so the fingerprint is the same on every platform.
    hash.update(`${file.split(path.sep).join("/")}\n${content.length}\n`).update(content);
  }
  return hash.digest("hex");
}

/**
 * `next build` rewrites tsconfig.json to add its dist folder's generated types to "include"
 * (.next-e2e/types/…), reformatting the file; neither changes the bundle, and hashing them would
 * make the .next and .next-e2e builds invalidate each other.
 */
function normaliseTsconfig(raw: Buffer): Buffer {
  try {
    const config = JSON.parse(raw.toString("utf8")) as { include?: unknown };
    if (Array.isArray(config.include)) {
      config.include = config.include.filter((entry) => !(typeof entry === "string" && entry.startsWith(".next")));
    }
    return Buffer.from(JSON.stringify(config));
  } catch {
    return raw;
  }
}

async function storedFingerprint(distDir: string): Promise<string | undefined> {
  const [stamp, buildId] = await Promise.all([
    readFile(path.join(distDir, STAMP_FILE), "utf8").catch(() => undefined),
    readFile(path.join(distDir, "BUILD_ID"), "utf8").catch(() => undefined),
  ]);
  return stamp && buildId ? stamp.trim() : undefined;
}

export interface EnsureBuildOptions {
  root: string;
  /** Dist folder relative to root, also passed to next.config.js as NEXT_DIST_DIR. */
  distDir: string;
  env: NodeJS.ProcessEnv;
  extra?: string;
  /** Called with the child while `next build` runs, so a signal handler can stop it. */
  onChild?: (child: ReturnType<typeof spawn> | undefined) => void;
}

/**
 * Builds into distDir unless its stored fingerprint matches; returns whether it built. Two
 * processes wanting the same dist folder (two test runs) take turns: the second waits, then
 * finds the build fresh.
 */
export async function ensureBuild(options: EnsureBuildOptions): Promise<{ built: boolean; ms: number }> {
  const started = Date.now();
  const absoluteDist = path.resolve(options.root, options.distDir);
  const fingerprint = await sourceFingerprint(options.root, options.extra);
  if ((await storedFingerprint(absoluteDist)) === fingerprint) return { built: false, ms: Date.now() - started };

  // Outside the dist folder, which next build empties, and outside the repository.
  const lock = path.join(tmpdir(), `hld-build-${createHash("sha256").update(absoluteDist).digest("hex").slice(0, 16)}.lock`);
  for (let holder = await liveOwner(lock); holder !== undefined; holder = await liveOwner(lock)) {
    if (Date.now() - started > 15 * 60_000) throw new Error(`${options.distDir} is being built by pid ${holder} for too long.`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  await claimOwnership(lock);
  try {
    if ((await storedFingerprint(absoluteDist)) === fingerprint) return { built: false, ms: Date.now() - started };
    await build(options, absoluteDist, fingerprint);
    return { built: true, ms: Date.now() - started };
  } finally {
    await releaseOwnership(lock);
  }
}

async function build(options: EnsureBuildOptions, absoluteDist: string, fingerprint: string): Promise<void> {
  // A build that dies halfway must not leave the old fingerprint next to new files.
  await rm(path.join(absoluteDist, STAMP_FILE), { force: true });

  const child = spawn(process.execPath, [resolveNextBin(options.root), "build"], {
    cwd: options.root,
    env: { ...options.env, NEXT_DIST_DIR: options.distDir, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  options.onChild?.(child);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (exitCode, signal) => resolve(signal ? 128 : exitCode));
  });
  options.onChild?.(undefined);
  if (code !== 0) throw new Error(`next build failed (exit ${code}); see its output above.`);
  await writeFile(path.join(absoluteDist, STAMP_FILE), `${fingerprint}\n`);
}
