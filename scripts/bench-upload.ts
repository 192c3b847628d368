// `npm run bench:upload [-- --size 200MB] [--store s3]`: uploads one large PDF (1 GiB by default) to a real
// production server through the staff upload route, as a browser would (one multipart request),
// and reports the throughput and how much the server's resident memory grew meanwhile. The issue's
// target is a growth under 64 MB: the upload must be streamed, never buffered whole. Exits non-zero
// when the upload fails, the stored file differs from what was sent, or the growth reaches the target.
//
// Everything lives in one temporary folder (database, stored files, the server's temp files) and is
// deleted at the end, also on Ctrl-C; if this process is SIGKILLed, a detached reaper does it.
import { rm, statfs } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { encode } from "next-auth/jwt";
import { createPrismaClient, type Db } from "@/lib/database/client";
import { uploadPdf, type UploadTarget } from "./lib/bench-body";
import { listeningProcess, MemorySampler, processTree } from "./lib/bench-memory";
import { formatTable, GROWTH_LIMIT_BYTES, growthOf, MIB, mib, readOptions, type BenchFigures } from "./lib/bench-report";
import { benchDataDir, benchWorkDir, startBenchServer, type BenchServer } from "./lib/bench-server";
import { copiesOnDisk, startBenchStore, type BenchStore } from "./lib/bench-store";
import { onShutdown } from "./lib/children";
import { say } from "./lib/console";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SAMPLE_INTERVAL_MS = 50;
const WARM_UP_BYTES = 2 * MIB;
const SESSION_COOKIE = "next-auth.session-token";

const options = readOptions(process.argv.slice(2));
// The spooled temp file and the stored copy exist side by side for a moment, plus the database.
const needed = copiesOnDisk(options.store) * options.size + 350 * MIB;
const tempRoot = tmpdir();
const space = await statfs(tempRoot);
const free = space.bavail * space.bsize;
if (free < needed) {
  process.stderr.write(
    `bench: not enough free space in ${tempRoot}: ${mib(free)} MiB free, ${mib(needed)} MiB needed ` +
      `(${copiesOnDisk(options.store)} times the file size plus room for the database). Free some space, set TMPDIR, or use --size.\n`,
  );
  process.exit(2);
}

const tempDir = await benchWorkDir(tempRoot, "hld-bench-");

let server: BenchServer | undefined;
let store: BenchStore | undefined;
let db: Db | undefined;
let sampler: MemorySampler | undefined;
let building: { kill(signal?: NodeJS.Signals): boolean } | undefined;
let finishing: Promise<never> | undefined;

function finish(code: number): Promise<never> {
  finishing ??= (async () => {
    building?.kill("SIGTERM");
    try {
      await sampler?.close();
      await db?.$disconnect();
      await server?.stop();
      await store?.stop();
    } finally {
      await rm(tempDir, { recursive: true, force: true });
    }
    process.exit(code);
  })();
  return finishing;
}

onShutdown(() => void finish(130));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A staff session cookie, minted with the server's secret and claims like next-auth's sign-in (lib/auth/config.ts). */
async function adminCookie(database: Db, secret: string): Promise<string> {
  const admin = await database.staffUser.findFirstOrThrow({ where: { role: "ADMIN", isActive: true }, select: { id: true, role: true, sessionVersion: true } });
  const token = await encode({ token: { sub: admin.id, role: admin.role, sv: admin.sessionVersion }, secret, maxAge: 3600 });
  return `${SESSION_COOKIE}=${token}`;
}

function targetFor(running: BenchServer, documentId: string, language: string, cookie: string): UploadTarget {
  return {
    host: running.host,
    port: running.port,
    path: `/api/admin/documents/${documentId}/files/${language}`,
    // The route refuses cross-site posts; a browser on the portal sends its own origin.
    headers: { Cookie: cookie, Origin: running.origin },
  };
}

interface Answer {
  ok?: boolean;
  error?: string;
  file?: { sizeBytes?: number | string; sha256?: string };
}

function parseAnswer(body: string): Answer {
  try {
    return JSON.parse(body) as Answer;
  } catch {
    return { error: `not JSON: ${body.slice(0, 200)}` };
  }
}

try {
  say(`bench: uploading ${mib(options.size)} MiB to ${options.store} storage; working folder ${tempDir}`);
  store = await startBenchStore(options.store, benchDataDir(tempDir));
  server = await startBenchServer({
    root,
    tempDir,
    storageEnv: store.env,
    // Room above the file for the multipart framing, so the limit is never what is measured.
    uploadMaxBytes: options.size + 16 * MIB,
    onBuildChild: (child) => (building = child),
  });
  db = createPrismaClient(server.databaseUrl, { max: 2 });
  const document = await db.document.create({
    data: { kind: "REPORT", title: { en: "Upload benchmark" }, languages: ["EN", "FR"], status: "DRAFT" },
    select: { id: true },
  });
  const cookie = await adminCookie(db, server.authSecret);

  const webPid = server.web.child.pid;
  if (webPid === undefined) throw new Error("the web server has no pid");
  const tree = processTree(webPid);
  const serverPid = listeningProcess(server.port, tree) ?? webPid;
  sampler = new MemorySampler({ root: webPid, server: serverPid, intervalMs: SAMPLE_INTERVAL_MS });

  // Warm-up: load the pages' and the upload route's code, so the baseline already includes it.
  for (const page of ["/en", "/en/documents", "/admin"]) await fetch(`${server.origin}${page}`, { headers: { Cookie: cookie } });
  const warmUp = await uploadPdf(targetFor(server, document.id, "fr", cookie), WARM_UP_BYTES, "warm-up_FR.pdf");
  if (warmUp.status !== 201) throw new Error(`the warm-up upload was refused: ${warmUp.status} ${parseAnswer(warmUp.body).error ?? ""}`);
  await sleep(2_000);
  sampler.start();
  await sleep(1_000);
  const baseline = await sampler.stop();

  say(`bench: sending ${mib(options.size)} MiB to ${targetFor(server, document.id, "en", cookie).path} …`);
  sampler.start();
  const upload = await uploadPdf(targetFor(server, document.id, "en", cookie), options.size, "benchmark-report_EN.pdf");
  const during = await sampler.stop();

  const figures: BenchFigures = {
    size: options.size,
    store: options.store,
    ms: upload.ms,
    serverPid,
    treePids: processTree(webPid).length,
    baseline: { server: baseline.server.mean, tree: baseline.tree.mean },
    peak: { server: during.server.peak, tree: during.tree.peak },
    samples: during.samples,
    maxGapMs: during.maxGapMs,
  };

  const answer = parseAnswer(upload.body);
  const stored = await db.documentFile.findFirst({
    where: { documentId: document.id, language: "EN", isCurrent: true },
    select: { storageKey: true, sizeBytes: true, sha256: true },
  });
  const storedSize = stored ? await store.sizeOf(stored.storageKey) : undefined;
  const checks: [string, boolean, string][] = [
    ["answer 201", upload.status === 201 && answer.ok === true, `${upload.status}${answer.error ? ` (${answer.error})` : ""}`],
    ["answered size", Number(answer.file?.sizeBytes) === options.size, String(answer.file?.sizeBytes)],
    ["answered sha256", answer.file?.sha256 === upload.sha256, `${answer.file?.sha256 ?? "none"} vs sent ${upload.sha256}`],
    ["current file row", stored?.sizeBytes === BigInt(options.size) && stored.sha256 === upload.sha256, stored ? `${stored.sizeBytes} bytes` : "none"],
    [`stored object (${options.store})`, storedSize === options.size, storedSize === undefined ? "missing" : `${storedSize} bytes`],
    ["memory growth", growthOf(figures) < GROWTH_LIMIT_BYTES, `${mib(growthOf(figures))} MiB`],
  ];

  say(`\nUpload benchmark (${new Date().toISOString()})\n${formatTable(figures)}\n`);
  for (const [name, passed, detail] of checks) say(`  ${passed ? "ok  " : "FAIL"}  ${name}: ${detail}`);
  const failed = checks.filter(([, passed]) => !passed).length;
  say(failed === 0 ? "\nbench: passed" : `\nbench: ${failed} check(s) failed`);
  await finish(failed === 0 ? 0 : 1);
} catch (error) {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await finish(1);
}
