import { spawn } from "node:child_process";
import fs from "node:fs";
import net, { type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { query } from "../test-support/database";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

const started: EmbeddedPostgres[] = [];
const tempDirs: string[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.stop()));
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function tempDir(mode = 0o755): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "embedded-pg-"));
  fs.chmodSync(dir, mode);
  tempDirs.push(dir);
  return dir;
}

async function start(dataDir: string, port: number, logs: string[] = []) {
  const server = await startEmbeddedPostgres({
    dataDir,
    port,
    portVariable: "EMBEDDED_PG_PORT",
    fast: true,
    log: (m) => logs.push(m),
  });
  started.push(server);
  return server;
}

describe("startEmbeddedPostgres", () => {
  it("refuses a port another program holds, naming the port and the variable", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      await expect(start(path.join(tempDir(), "pg"), port)).rejects.toThrow(
        `Port ${port} is already in use by another program, so the embedded PostgreSQL cannot start. Set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use your own PostgreSQL.`,
      );
    } finally {
      blocker.close();
    }
  });

  it("reuses the server a SIGKILLed launcher left running, and stops it when done", async () => {
    const dataDir = path.join(tempDir(), "pg");
    const port = await freePort();
    const launcher = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/test-support/start-embedded-postgres.ts", dataDir, String(port)],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    await new Promise<void>((resolve, reject) => {
      launcher.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      launcher.once("exit", (code) => reject(new Error(`fixture exited with ${code}`)));
    });
    launcher.kill("SIGKILL");
    await new Promise((resolve) => launcher.once("exit", resolve));

    const logs: string[] = [];
    const server = await start(dataDir, port, logs);
    expect(logs).toEqual([`reusing the PostgreSQL left running on port ${port} by an earlier run`]);
    expect(await query(server.url("postgres"), "select 1 as one")).toEqual([{ one: 1 }]);

    const pid = Number(fs.readFileSync(path.join(fs.realpathSync(dataDir), "postmaster.pid"), "utf8").split("\n")[0]);
    await server.stop();
    expect(() => process.kill(pid, 0)).toThrow();
  });

  it("lets two launchers start the same fresh cluster at once: one starts it, the other finds it", async () => {
    const dataDir = path.join(tempDir(), "pg");
    const port = await freePort();
    const logs: string[][] = [[], []];
    const servers = await Promise.all(logs.map((log) => start(dataDir, port, log)));
    expect(logs.flat().filter((line) => line.startsWith("embedded PostgreSQL started"))).toHaveLength(1);
    // (In one process the second is its own owner, so it "reuses"; across processes it "shares".)
    expect(logs.flat().filter((line) => /^(reusing|sharing) the PostgreSQL/.test(line))).toHaveLength(1);
    for (const server of servers) expect(await query(server.url("postgres"), "select 1 as one")).toEqual([{ one: 1 }]);
  });

  it("starts from a checkout inside a 0700 folder (as root: cluster relocated, reached through a symlink)", async () => {
    const dataDir = path.join(tempDir(0o700), ".data", "pg");
    const server = await start(dataDir, await freePort());
    expect(await query(server.url("postgres"), "select current_user as user")).toEqual([{ user: "postgres" }]);
    const asRoot = process.getuid?.() === 0;
    expect(fs.lstatSync(dataDir).isSymbolicLink()).toBe(asRoot);
    if (asRoot) expect(fs.realpathSync(dataDir)).toMatch(/^\/var\/lib\/veriff-capture\/data-[0-9a-f]{12}$/);
    if (asRoot) tempDirs.push(fs.realpathSync(dataDir));
  });
});
