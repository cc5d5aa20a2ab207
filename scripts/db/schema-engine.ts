// Prisma's schema engine (migrations, diffs) compiled to WebAssembly, driven
// through @prisma/adapter-pg. The `prisma migrate` CLI cannot run on machines
// without internet (it downloads a native engine first); this runs the same
// engine from npm and writes the same `_prisma_migrations` table, so
// operators with the native CLI can still `prisma migrate deploy` the same
// prisma/migrations folder.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

/** Where the schema and its migrations live; tests point these at copies. */
export interface PrismaPaths {
  schema: string;
  migrations: string;
}

export const PRISMA_PATHS: PrismaPaths = {
  schema: path.resolve("prisma/schema.prisma"),
  migrations: path.resolve("prisma/migrations"),
};
export const NO_SCHEMA_FILTER = { externalTables: [], externalEnums: [] };

/** Runs `work` with a schema engine connected to `databaseUrl`, then frees it. */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  paths: PrismaPaths,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  patchCharColumns();
  const opened: SqlDriverAdapter[] = [];
  const factory = bindMigrationAwareSqlAdapterFactory(adapterFactory(connectionFields(databaseUrl), opened));
  const engine = await loadEngine(factory, paths.schema);
  try {
    return await work(engine);
  } finally {
    engine.free();
    // free() leaves the adapters' pools open: their idle connections would
    // keep the process alive and hold the engine's advisory lock for seconds.
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}

/** A migrations folder as the engine expects it, read from disk. */
export function migrationsList(migrationsDir: string): MigrationList {
  const directories = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockfile = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockfile) ? fs.readFileSync(lockfile, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok", value: fs.readFileSync(file, "utf8") }
            : { tag: "error", value: "migration.sql is missing" },
        },
      };
    }),
  };
}

export function schemaFiles(schemaPath: string) {
  return [{ path: schemaPath, content: fs.readFileSync(schemaPath, "utf8") }];
}

type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let bindingsReady: Promise<Bindings> | undefined;

// The WASM module is instantiated once per process: wasm-bindgen's glue keeps
// a single module-level instance, and re-instantiating it under live engines
// corrupts their memory.
function instantiate(): Promise<Bindings> {
  bindingsReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmModule = new WebAssembly.Module(
      fs.readFileSync(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm")),
    );
    const instance = new WebAssembly.Instance(wasmModule, {
      "./schema_engine_bg.js": bindings as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start(): void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message: string) => console.error("[schema-engine panic]", message),
    };
    return bindings;
  })();
  return bindingsReady;
}

async function loadEngine(adapter: unknown, schemaPath: string): Promise<SchemaEngine> {
  const bindings = await instantiate();
  const datamodels = schemaFiles(schemaPath).map((file): [string, string] => [file.path, file.content]);
  return bindings.SchemaEngine.new({ datamodels }, () => {}, adapter as object);
}

interface ConnectionFields {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

// adapter-pg's connectToShadowDb() spreads its config and overrides
// `database`; given a connectionString the URL's database would win and the
// "shadow" work would run on the main database. So pass discrete fields.
function connectionFields(databaseUrl: string): ConnectionFields {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)),
  };
}

// Our own shadow database: adapter-pg drops its shadow database while its pool
// still holds connections ("is being accessed by other users").
function adapterFactory(config: ConnectionFields, opened: SqlDriverAdapter[]): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPg(config);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      const adapter = await inner.connect();
      opened.push(adapter);
      return withCharColumns(adapter);
    },
    connectToShadowDb: async () => {
      const admin = new pg.Client(config);
      const shadow = `prisma_shadow_${randomUUID().slice(0, 8)}`;
      let adapter: SqlDriverAdapter;
      try {
        await admin.connect();
        await admin.query(`create database "${shadow}"`);
        adapter = await new PrismaPg({ ...config, database: shadow }).connect();
      } catch (error) {
        await admin.query(`drop database if exists "${shadow}"`).catch(() => {});
        await admin.end().catch(() => {});
        throw error;
      }
      let disposed: Promise<void> | undefined;
      const dispose = () =>
        (disposed ??= (async () => {
          await adapter.dispose();
          await admin.query(`drop database if exists "${shadow}" with (force)`);
          await admin.end();
        })());
      opened.push({ ...adapter, dispose } as SqlDriverAdapter);
      return withCharColumns(adapter, dispose);
    },
  };
}

// adapter-pg rejects PostgreSQL's internal "char" type (oid 18), which the
// schema describer reads from pg_catalog. Report those columns as text to
// node-postgres and as Character to the engine. Only this process is affected.
let charColumns = new Set<string>();
let patched = false;

function patchCharColumns() {
  if (patched) return;
  patched = true;
  const query = (pg as unknown as { Query: { prototype: Record<string, unknown> } }).Query.prototype;
  const original = query.handleRowDescription as (message: { fields: { name: string; dataTypeID: number }[] }) => void;
  query.handleRowDescription = function (message: { fields: { name: string; dataTypeID: number }[] }) {
    charColumns = new Set(message.fields.filter((field) => field.dataTypeID === 18).map((field) => field.name));
    for (const field of message.fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return original.call(this, message);
  };
}

function withCharColumns<T extends SqlQueryable>(target: T, dispose?: () => Promise<void>): T {
  return new Proxy(target, {
    get(object, key) {
      const value = Reflect.get(object, key) as unknown;
      if (key === "dispose" && dispose) return dispose;
      if (key === "queryRaw") {
        return async (...args: unknown[]) => {
          charColumns = new Set();
          const result = (await (value as (...a: unknown[]) => Promise<SqlResultSet>).apply(
            object,
            args,
          )) as SqlResultSet;
          if (charColumns.size) {
            result.columnTypes = result.columnTypes.map((type, index) =>
              charColumns.has(result.columnNames[index] ?? "") ? ColumnTypeEnum.Character : type,
            );
          }
          return result;
        };
      }
      if (key === "startTransaction") {
        return async (...args: unknown[]) =>
          withCharColumns(await (value as (...a: unknown[]) => Promise<SqlQueryable>).apply(object, args));
      }
      return typeof value === "function" ? value.bind(object) : value;
    },
  }) as T & Partial<SqlDriverAdapter>;
}
