// The launcher's children (the Next.js server, the emulator) each run in a
// process group of their own, so that one signal stops a child and everything
// it spawned, and a terminal's Ctrl-C reaches the launcher alone, which then
// stops the children in order. Their groups are recorded in a file so a run
// that follows a SIGKILLed launcher can stop what the killed run left behind.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const STOP_GRACE_MS = 5_000;

export interface ManagedChild {
  name: string;
  process: ChildProcess;
  exited: Promise<number>;
}

export class ChildRegistry {
  private readonly children: ManagedChild[] = [];

  constructor(private readonly stateFile: string) {}

  /**
   * Stops the process groups recorded by an earlier launcher that is no longer
   * alive, and waits until they are gone (so their ports are free again).
   * Returns how many groups it stopped.
   */
  async reapOrphans(): Promise<number> {
    const state = readState(this.stateFile);
    if (!state || (state.bootId === bootId() && isAlive(state.launcher))) return 0;
    // After a reboot the recorded pids name other processes: forget them.
    if (state.bootId !== bootId()) {
      fs.rmSync(this.stateFile, { force: true });
      return 0;
    }
    const killed = state.groups.filter((group) => signalGroup(group, "SIGKILL"));
    const deadline = Date.now() + STOP_GRACE_MS;
    while (killed.some(groupHasLiveMembers) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    fs.rmSync(this.stateFile, { force: true });
    return killed.length;
  }

  /** `output`: a file descriptor for the child's stdout and stderr (default: ours). */
  start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, output?: number): ManagedChild {
    const stdio: StdioOptions = output === undefined ? "inherit" : ["ignore", output, output];
    const child = spawn(command, args, { stdio, env, detached: true });
    const exited = new Promise<number>((resolve) =>
      child.once("exit", (code, signal) => resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0))),
    );
    const managed = { name, process: child, exited };
    this.children.push(managed);
    this.save();
    return managed;
  }

  /** SIGTERM to every child's group, SIGKILL to what is left after a grace period. */
  async stopAll(graceMs = STOP_GRACE_MS): Promise<void> {
    await this.stop(() => true, graceMs);
    fs.rmSync(this.stateFile, { force: true });
  }

  /** SIGTERM to the groups of the children `which` picks, SIGKILL to what is left of them after `graceMs`. */
  async stop(which: (name: string) => boolean, graceMs = STOP_GRACE_MS): Promise<void> {
    const running = this.children.filter(
      (child) => which(child.name) && child.process.exitCode === null && child.process.signalCode === null,
    );
    for (const child of running) signalGroup(child.process.pid, "SIGTERM");
    const timeout = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([Promise.all(running.map((child) => child.exited)), timeout]);
    // Kill the whole group: a child's own children may outlive it.
    for (const child of running) signalGroup(child.process.pid, "SIGKILL");
  }

  private save() {
    fs.mkdirSync(path.dirname(this.stateFile), { recursive: true });
    const groups = this.children.map((child) => child.process.pid).filter((pid): pid is number => pid !== undefined);
    fs.writeFileSync(this.stateFile, JSON.stringify({ bootId: bootId(), launcher: process.pid, groups }));
  }
}

/**
 * Whether any process of group `pgid` is still running. Zombies count as gone:
 * where init does not reap orphans, a killed process stays a zombie forever,
 * but it no longer holds ports or files.
 */
function groupHasLiveMembers(pgid: number): boolean {
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    // pid (comm) state ppid pgrp ...; comm may contain spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(pgrp) === pgid && state !== "Z") return true;
  }
  return false;
}

function bootId(): string {
  try {
    return fs.readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
  } catch {
    return "unknown";
  }
}

function readState(file: string): { bootId?: string; launcher: number; groups: number[] } | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as { bootId?: string; launcher: number; groups: number[] };
  } catch {
    return undefined;
  }
}

/** Sends `signal` to process group `pgid`; false when the group no longer exists. */
export function signalGroup(pgid: number | undefined, signal: NodeJS.Signals): boolean {
  if (!pgid) return false;
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
