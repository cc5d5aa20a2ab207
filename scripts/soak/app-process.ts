// The production app (`next start`, as scripts/stack.ts starts it), which the
// soak kills with SIGKILL and starts again. Its logs go to a file; its memory
// is sampled from /proc while it runs.
import fs from "node:fs";
import { createRequire } from "node:module";
import { signalGroup, type ChildRegistry, type ManagedChild } from "../lib/child-processes";
import { sleep } from "./random";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const READY_TIMEOUT_MS = 60_000;
const SAMPLE_MS = 500;

export class AppProcess {
  private child?: ManagedChild;
  private sampler?: NodeJS.Timeout;
  /** Highest resident set size seen, over every life of the app, in kB (its processes summed). */
  rssPeakKb = 0;
  starts = 0;

  constructor(
    private readonly children: ChildRegistry,
    private readonly env: NodeJS.ProcessEnv,
    private readonly port: number,
    private readonly logFile: string,
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the app and resolves once it answers HTTP; returns how long that took. */
  async start(): Promise<number> {
    const started = Date.now();
    const output = fs.openSync(this.logFile, "a");
    fs.writeSync(output, `\n--- soak: app start ${++this.starts} at ${new Date().toISOString()} ---\n`);
    try {
      this.child = this.children.start(
        `app-${this.starts}`,
        process.execPath,
        [nextBin, "start", "--port", String(this.port), "--hostname", "127.0.0.1"],
        this.env,
        output,
      );
    } finally {
      fs.closeSync(output);
    }
    const child = this.child;
    while (!(await answers(`${this.baseUrl}/api/health`))) {
      if (child.process.exitCode !== null || child.process.signalCode !== null)
        throw new Error(`the app exited during start-up; see ${this.logFile}`);
      if (Date.now() - started > READY_TIMEOUT_MS)
        throw new Error(`the app did not answer within 60 s; see ${this.logFile}`);
      await sleep(100);
    }
    this.sampler = setInterval(() => this.sample(), SAMPLE_MS);
    this.sampler.unref();
    return Date.now() - started;
  }

  /** SIGKILL to the app's whole process group, at once: requests in flight die with it. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.sample();
    clearInterval(this.sampler);
    signalGroup(child.process.pid, "SIGKILL");
    await child.exited;
    this.child = undefined;
  }

  /** SIGTERM (the way an orchestrator stops it), SIGKILL after a grace period. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.sample();
    clearInterval(this.sampler);
    signalGroup(child.process.pid, "SIGTERM");
    const stopped = await Promise.race([child.exited.then(() => true), sleep(5_000).then(() => false)]);
    if (!stopped) {
      signalGroup(child.process.pid, "SIGKILL");
      await child.exited;
    }
    this.child = undefined;
  }

  private sample(): void {
    const pid = this.child?.process.pid;
    if (!pid) return;
    const total = groupMembers(pid).reduce((sum, member) => sum + residentKb(member), 0);
    this.rssPeakKb = Math.max(this.rssPeakKb, total);
  }
}

/** Any HTTP answer means the server is up (health may say the database or Veriff is not). */
async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

/** The pids whose process group is `pgid` (the app and anything it spawned). */
function groupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) === pgid) members.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return members;
}

function residentKb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}
