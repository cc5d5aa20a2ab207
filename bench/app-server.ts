// The production app as a benchmark runs it: `next build` plus
// scripts/finish-build.ts (reused while nothing that goes into it changed),
// then .next/standalone/server.js with NODE_ENV=production, each instance in
// a process group of its own, its output in a file, its memory sampled from
// /proc while it runs.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { childProcessEnv } from "../lib/env";
import { ChildRegistry, signalGroup, type ManagedChild } from "../scripts/lib/child-processes";
import { staleBuildReason } from "../scripts/soak/production-build";

export const BENCH_DATA = path.resolve(".data/bench");
const SERVER = path.resolve(".next/standalone/server.js");
const BASE_ENV = { NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };

export const children = new ChildRegistry(path.join(BENCH_DATA, "children.json"));

/** Builds the standalone server unless a current one is there; returns how long it took (0: reused). */
export async function ensureStandaloneBuild(log: (message: string) => void): Promise<number> {
  const reason = staleBuildReason() ?? (fs.existsSync(SERVER) ? undefined : "no standalone server");
  if (!reason) {
    log("reusing the production build in .next/standalone");
    return 0;
  }
  log(`${reason}: running npm run build`);
  const started = Date.now();
  const env = childProcessEnv(BASE_ENV);
  const next = path.resolve("node_modules/next/dist/bin/next");
  if ((await children.start("build", process.execPath, [next, "build"], env).exited) !== 0)
    throw new Error("next build failed");
  const finish = ["--import", "tsx", "scripts/finish-build.ts"];
  if ((await children.start("finish-build", process.execPath, finish, env).exited) !== 0)
    throw new Error("scripts/finish-build.ts failed");
  return Date.now() - started;
}

/** A free TCP port on 127.0.0.1 (asked of the kernel, so runs never collide). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export class AppServer {
  private child?: ManagedChild;
  private sampler?: NodeJS.Timeout;
  /** Highest resident set size seen, in kB. */
  rssPeakKb = 0;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    fs.mkdirSync(BENCH_DATA, { recursive: true });
    const output = fs.openSync(path.join(BENCH_DATA, `${this.name}.log`), "w");
    const env = childProcessEnv({
      ...BASE_ENV,
      ...this.env,
      NODE_ENV: "production",
      PORT: String(this.port),
      HOSTNAME: "127.0.0.1",
    });
    this.child = children.start(this.name, process.execPath, [SERVER], env, output);
    fs.closeSync(output);
    const started = Date.now();
    for (;;) {
      const up = await fetch(`${this.url}/api/health/live`, { signal: AbortSignal.timeout(2_000) })
        .then((response) => response.ok)
        .catch(() => false);
      if (up) break;
      if (this.child.process.exitCode !== null)
        throw new Error(`${this.name} exited; see ${BENCH_DATA}/${this.name}.log`);
      if (Date.now() - started > 60_000) throw new Error(`${this.name} did not start within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    this.sampler = setInterval(() => this.sample(), 250);
  }

  sample(): void {
    const pid = this.child?.process.pid;
    if (!pid) return;
    // The whole process group: the server and anything it started.
    this.rssPeakKb = Math.max(this.rssPeakKb, groupRssKb(pid));
  }

  /** Clears the peak (after warm-up). */
  resetPeak(): void {
    this.rssPeakKb = 0;
    this.sample();
  }

  async stop(): Promise<void> {
    clearInterval(this.sampler);
    const child = this.child;
    if (!child?.process.pid) return;
    signalGroup(child.process.pid, "SIGTERM");
    const stopped = await Promise.race([
      child.exited.then(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), 5_000)),
    ]);
    if (!stopped) signalGroup(child.process.pid, "SIGKILL");
  }
}

function groupRssKb(pgid: number): number {
  let total = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== pgid) continue;
      const status = fs.readFileSync(`/proc/${entry}/status`, "utf8");
      total += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    } catch {
      // exited meanwhile
    }
  }
  return total;
}
