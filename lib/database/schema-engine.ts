// Runs Prisma's official WASM schema engine offline (STACK.md trap 1). The `prisma` CLI can only
// drive its native engine, which it downloads at every start and these machines cannot fetch, so
// we load the engine shipped in `prisma/build/schema_engine_bg.wasm` ourselves, with the JS glue
// from `@prisma/schema-engine-wasm`, and give it a pg driver adapter with adapter-pg's bugs fixed.
// Used only by tooling (migration creation, drift test), never by the running app.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  DriverAdapterError,
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";
import { logger } from "@/lib/logger";
import { createScratchDatabase } from "./scratch-database";

export type { SchemaEngine };

const PG_CHAR_OID = 18; // PostgreSQL's one-byte "char" (pg_constraint.contype, pg_class.relkind…)
const PG_TEXT_OID = 25;
// Marks a column that was "char" until adapter-pg has read the field list; see markCharFields.
const CHAR_MARK = "\u0000pg_char";

type PanicRegistry = { message: string; get(): string; set_message(message: string): void };
declare global {
  var PRISMA_WASM_PANIC_REGISTRY: PanicRegistry | undefined;
}

let instantiated = false;
// A Rust panic in the engine surfaces as an uncaught "unreachable" trap and leaves the pending
// call unsettled forever; the panic hook's message is the only signal, so it ends the call.
const panicListeners = new Set<(message: string) => void>();

/** Instantiates the engine's .wasm once per process (Node 20 cannot `import` a .wasm module). */
function loadWasm(): void {
  if (instantiated) return;
  // The glue reports Rust panics through this global; without it a panic becomes a TypeError.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    message: "",
    get() {
      return this.message;
    },
    set_message(message: string) {
      this.message = `RuntimeError: ${message}`;
      for (const listener of panicListeners) listener(message);
    },
  };
  const require = createRequire(import.meta.url);
  // The engine the CLI of our pinned `prisma` version would run; the glue package's import
  // interface is checked below so that a mismatched pair fails loudly instead of misbehaving.
  const wasmPath = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "schema_engine_bg.wasm");
  const wasmModule = new WebAssembly.Module(readFileSync(wasmPath));
  const imports = glue as unknown as Record<string, unknown>;
  const missing = WebAssembly.Module.imports(wasmModule).filter((entry) => typeof imports[entry.name] !== "function");
  if (missing.length > 0) {
    throw new Error(
      `@prisma/schema-engine-wasm does not match ${wasmPath} (missing ${missing.map((m) => m.name).join(", ")}). ` +
        "Install the @prisma/schema-engine-wasm version whose glue matches the installed prisma.",
    );
  }
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": imports as WebAssembly.ModuleImports });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  instantiated = true;
}

/**
 * adapter-pg cannot map "char" columns (it throws UnsupportedNativeDataType) and reporting them
 * as Text makes the engine panic on PostgreSQL 18, so they are renamed and retyped to text here,
 * before adapter-pg reads the field list, and reported as Character by CharAwareAdapter.
 */
function markCharFields<T>(result: T): T {
  const fields = (result as { fields?: { name: string; dataTypeID: number }[] } | undefined)?.fields;
  for (const field of fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
      field.name += CHAR_MARK;
    }
  }
  return result;
}

function unmarkChars(result: SqlResultSet): SqlResultSet {
  if (!result.columnNames.some((name) => name.endsWith(CHAR_MARK))) return result;
  return {
    ...result,
    columnNames: result.columnNames.map((name) => (name.endsWith(CHAR_MARK) ? name.slice(0, -CHAR_MARK.length) : name)),
    columnTypes: result.columnTypes.map((type, i) =>
      result.columnNames[i]?.endsWith(CHAR_MARK) ? ColumnTypeEnum.Character : type,
    ),
  };
}

function createPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 2 });
  // adapter-pg queries through pool.query (callback-free) and, in transactions, through a
  // checked-out client's query; both are wrapped. pg calls client.query with a callback from
  // inside pool.query, which is already covered, so callback calls pass through untouched.
  const poolQuery = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: unknown[]) => {
    const result = poolQuery(...args);
    return result instanceof Promise ? result.then(markCharFields) : result;
  }) as typeof pool.query;
  pool.on("connect", (client) => {
    const clientQuery = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const result = clientQuery(...args);
      return result instanceof Promise ? result.then(markCharFields) : result;
    }) as typeof client.query;
  });
  pool.on("error", (error) => logger.warn("schema engine: idle database connection failed", { error }));
  return pool;
}

function asDriverError(error: unknown): unknown {
  if (!(error instanceof pg.DatabaseError)) return error;
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code ?? "N/A",
    severity: error.severity ?? "N/A",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  });
}

class CharAwareAdapter implements SqlDriverAdapter {
  readonly provider = "postgres" as const;
  readonly adapterName: string;
  onDispose: () => void = () => {};
  private disposing: Promise<void> | undefined;

  constructor(
    private readonly inner: SqlDriverAdapter,
    private readonly pool: pg.Pool,
    private readonly release: () => Promise<void>,
  ) {
    this.adapterName = inner.adapterName;
  }

  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return unmarkChars(await this.inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  /** adapter-pg splits scripts on every ";", breaking string literals and function bodies. */
  async executeScript(script: string): Promise<void> {
    try {
      await this.pool.query(script);
    } catch (error) {
      throw asDriverError(error);
    }
  }

  async startTransaction(isolationLevel?: Parameters<SqlDriverAdapter["startTransaction"]>[0]): Promise<Transaction> {
    const tx = await this.inner.startTransaction(isolationLevel);
    const queryRaw = tx.queryRaw.bind(tx);
    tx.queryRaw = async (query) => unmarkChars(await queryRaw(query));
    return tx;
  }

  getConnectionInfo() {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: true };
  }

  dispose(): Promise<void> {
    this.onDispose();
    this.disposing ??= this.inner.dispose().then(this.release);
    return this.disposing;
  }
}

async function connectAdapter(connectionString: string, afterEnd: () => Promise<void> = async () => {}) {
  const pool = createPool(connectionString);
  const inner = await new PrismaPg(pool).connect();
  return new CharAwareAdapter(inner, pool, async () => {
    await pool.end();
    await afterEnd();
  });
}

/**
 * A driver-adapter factory whose shadow database is a real, separate temporary database on the
 * server of `serverUrl` (adapter-pg's own connectToShadowDb reuses the main database when given a
 * connection string, and drops the shadow database while its pool still holds connections).
 * The engine does not always dispose what it opened, so `closeAll` ends every pool and drops
 * every shadow database that is still there.
 */
export function migrationAdapterFactory(serverUrl: string) {
  const open = new Set<CharAwareAdapter>();
  const track = (adapter: CharAwareAdapter) => {
    open.add(adapter);
    adapter.onDispose = () => open.delete(adapter);
    return adapter;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => track(await connectAdapter(serverUrl)),
    async connectToShadowDb() {
      const shadow = await createScratchDatabase(serverUrl, "prisma_migrate_shadow_db");
      return track(await connectAdapter(shadow.url, shadow.drop));
    },
  };
  const closeAll = async () => {
    await Promise.all([...open].map((adapter) => adapter.dispose()));
  };
  return { factory, closeAll };
}

/** Runs `work` with a schema engine whose connections (main and shadow) go to `serverUrl`. */
export async function withSchemaEngine<T>(
  serverUrl: string,
  datamodels: [path: string, content: string][],
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  loadWasm();
  const { factory, closeAll } = migrationAdapterFactory(serverUrl);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const onLog = (line: string) => logger.debug("schema engine", { line });
  let onPanic: (message: string) => void = () => {};
  const panicked = new Promise<never>((_, reject) => {
    onPanic = (message) => reject(new Error(`Prisma schema engine panicked: ${message}`));
  });
  panicListeners.add(onPanic);
  let engine: SchemaEngine | undefined;
  try {
    engine = await Promise.race([glue.SchemaEngine.new({ datamodels }, onLog, adapter), panicked]);
    return await Promise.race([work(engine), panicked]);
  } finally {
    panicListeners.delete(onPanic);
    try {
      engine?.free();
    } finally {
      await closeAll();
    }
  }
}
