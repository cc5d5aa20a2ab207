// npm run bench (integrator-webhooks): webhooks to the integrator out of the
// outbox (lib/integrator-webhooks), delivered by the production worker
// (.next/standalone/worker.mjs, woken by PostgreSQL's NOTIFY) to a receiver
// here that checks every signature. Two figures: how many events a second
// one worker delivers out of a backlog, and the lag (from the event's commit
// to its arrival) while events are written at a steady 60 % of that rate,
// each in a transaction of its own as the app writes them. Baseline: the same
// receiver sent the same number of signed POSTs straight from this process,
// DELIVERY_BATCH at a time (the worker's own concurrency): the HTTP floor.
// The issue sets no target for these: the figures are recorded.
// Writes bench/results/integrator-webhooks.{json,md}.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { childProcessEnv, exportEnv } from "../lib/env";
import { signalGroup } from "../scripts/lib/child-processes";
import { BENCH_DATA, children, ensureStandaloneBuild } from "./app-server";
import { QUICK, type Verdict, machine, machineLine, quantile, round, writeResults } from "./report";
import { scratchDatabase } from "./scratch-database";

const BACKLOG = QUICK ? 300 : 2_000;
const STEADY_SECONDS = QUICK ? 5 : 15;
const log = (message: string) => console.error(`[bench integrator-webhooks] ${message}`);
const started = machine();

const buildMs = await ensureStandaloneBuild(log);
const database = await scratchDatabase("bench_integrator_webhooks", log);
const secret = randomBytes(24).toString("base64url");

// The receiver: checks each signature, records when each event arrived (first time only).
const arrivals = new Map<string, number>();
let repeats = 0;
let badSignatures = 0;
const { verifyIntegratorWebhook, signIntegratorWebhook } =
  await import("../lib/integrator-webhooks/verify-integrator-webhook");
const receiver = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const at = performance.now() + performance.timeOrigin;
    const body = Buffer.concat(chunks);
    if (!verifyIntegratorWebhook(body, request.headers["veriff-capture-signature"] as string, secret).ok) {
      badSignatures++;
      response.writeHead(401).end();
      return;
    }
    const { id } = JSON.parse(body.toString()) as { id: string };
    if (arrivals.has(id)) repeats++;
    else arrivals.set(id, at);
    response.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;

const env = {
  DATABASE_URL: database.url,
  VERIFF_API_URL: "http://127.0.0.1:9/v1",
  VERIFF_API_KEY: "00000000-0000-4000-8000-000000000000",
  VERIFF_SHARED_SECRETS: "bench-veriff-secret-never-used-000000",
  STAFF_AUTH_SECRET: randomBytes(32).toString("base64url"),
  INTEGRATOR_WEBHOOK_URL: receiverUrl,
  INTEGRATOR_WEBHOOK_SECRETS: secret,
  JOBS_INTERVAL_SECONDS: "3600",
  LOG_LEVEL: "warn",
};
/** The production worker (its output in .data/bench/worker.log), its memory sampled while it runs. */
class WorkerProcess {
  rssPeakKb = 0;
  private child?: ReturnType<typeof children.start>;
  private sampler?: NodeJS.Timeout;

  start(): void {
    fs.mkdirSync(BENCH_DATA, { recursive: true });
    const output = fs.openSync(path.join(BENCH_DATA, "worker.log"), "w");
    const script = path.resolve(".next/standalone/worker.mjs");
    this.child = children.start(
      "worker",
      process.execPath,
      [script],
      childProcessEnv({ ...env, NODE_ENV: "production" }),
      output,
    );
    fs.closeSync(output);
    this.sampler = setInterval(() => this.sample(), 250);
  }

  sample(): void {
    try {
      const status = fs.readFileSync(`/proc/${this.child?.process.pid}/status`, "utf8");
      this.rssPeakKb = Math.max(this.rssPeakKb, Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
    } catch {
      // not started, or exited
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.sampler);
    const child = this.child;
    if (!child?.process.pid || child.process.exitCode !== null) return;
    signalGroup(child.process.pid, "SIGTERM");
    await Promise.race([child.exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  }
}

// This process writes the events as the app does (lib/db, recordIntegratorEvents).
exportEnv(env);
const { db } = await import("../lib/db");
const { recordIntegratorEvents } = await import("../lib/integrator-webhooks/record-integrator-events");

/** Sessions to write events about, each with an id the events carry. */
async function createSessions(count: number, prefix: string): Promise<string[]> {
  const rows = await db().$queryRawUnsafe<{ id: string }[]>(
    `insert into verification_sessions (id, veriff_session_id, status, vendor_data, end_user_id, document_type, created_at, updated_at)
     select gen_random_uuid(), '${prefix}-' || n, 'submitted', 'bench-' || n, gen_random_uuid(), 'PASSPORT', now(), now()
     from generate_series(1, ${count}) as n returning id::text`,
  );
  return rows.map((row) => row.id);
}
const eventIds = async (sessionIds: string[]) =>
  (
    await db().integratorEvent.findMany({
      where: { sessionId: { in: sessionIds } },
      select: { id: true, sessionId: true },
    })
  ).map((event) => event);

async function until(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return true;
}

const worker = new WorkerProcess();
let exitCode = 1;
try {
  // Baseline: the receiver's floor, the same number of signed POSTs, DELIVERY_BATCH (10) at a time.
  const { DELIVERY_BATCH } = await import("../lib/integrator-webhooks/delivery-settings");
  const floorStarted = performance.now();
  let sentDirect = 0;
  await Promise.all(
    Array.from({ length: DELIVERY_BATCH }, async () => {
      while (sentDirect < BACKLOG) {
        const n = sentDirect++;
        const body = Buffer.from(
          JSON.stringify({ id: `floor-${n}`, sessionId: `floor-${n}`, type: "session.decided" }),
        );
        const response = await fetch(receiverUrl, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "veriff-capture-signature": signIntegratorWebhook(secret, body, Math.floor(Date.now() / 1000)),
          },
          body,
        });
        await response.body?.cancel();
      }
    }),
  );
  const floorPerSecond = round(BACKLOG / ((performance.now() - floorStarted) / 1000));

  worker.start();
  // Warm-up: a few events through the whole path.
  const warm = await createSessions(20, "warm");
  await db().$transaction((tx) => recordIntegratorEvents(tx, warm, "session.decided"));
  const warmIds = await eventIds(warm);
  if (!(await until(() => warmIds.every((event) => arrivals.has(event.id)), 30_000)))
    throw new Error("warm-up events were not delivered");

  // 1. A backlog, written in one transaction: events a second until the last arrives.
  log(`backlog of ${BACKLOG} events`);
  const backlogSessions = await createSessions(BACKLOG, "backlog");
  const backlogStarted = performance.now() + performance.timeOrigin;
  await db().$transaction((tx) => recordIntegratorEvents(tx, backlogSessions, "session.decided"));
  const backlog = await eventIds(backlogSessions);
  const drained = await until(() => backlog.every((event) => arrivals.has(event.id)), 120_000);
  const lastArrival = Math.max(...backlog.map((event) => arrivals.get(event.id) ?? 0));
  const backlogPerSecond = round(backlog.length / ((lastArrival - backlogStarted) / 1000));

  // 2. Steady writes at 60 % of that rate, one transaction per event: the lag from commit to arrival.
  const rate = Math.max(1, Math.round(backlogPerSecond * 0.6));
  const total = rate * STEADY_SECONDS;
  log(`steady: ${rate} events/s for ${STEADY_SECONDS} s`);
  const steadySessions = await createSessions(total, "steady");
  const committedAt = new Map<string, number>();
  const steadyStarted = performance.now();
  const writes: Promise<void>[] = [];
  for (let n = 0; n < total; n++) {
    const due = steadyStarted + (n * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sessionId = steadySessions[n]!;
    writes.push(
      db()
        .$transaction((tx) => recordIntegratorEvents(tx, [sessionId], "session.decided"))
        .then(() => void committedAt.set(sessionId, performance.now() + performance.timeOrigin)),
    );
  }
  await Promise.all(writes);
  const writtenPerSecond = round(total / ((performance.now() - steadyStarted) / 1000));
  const steady = await eventIds(steadySessions);
  const steadyDrained = await until(() => steady.every((event) => arrivals.has(event.id)), 120_000);
  const lags = steady.map((event) => (arrivals.get(event.id) ?? NaN) - committedAt.get(event.sessionId)!);
  worker.sample();

  const figures = {
    floorPerSecond,
    backlog: { events: backlog.length, perSecond: backlogPerSecond, drained },
    steady: {
      targetRate: rate,
      writtenPerSecond,
      events: steady.length,
      drained: steadyDrained,
      lagMs: { p50: round(quantile(lags, 0.5)), p95: round(quantile(lags, 0.95)), max: round(Math.max(...lags)) },
    },
    repeatsReceived: repeats,
    badSignatures,
    workerRssPeakMb: round(worker.rssPeakKb / 1024, 1),
  };
  const complete = drained && steadyDrained && badSignatures === 0;
  const verdicts: Verdict[] = [
    {
      benchmark: "integrator-webhooks",
      measure: "events delivered per second by one worker, out of a backlog",
      ours: `${backlogPerSecond}/s (${backlog.length} events)`,
      baseline: `${floorPerSecond}/s (the same POSTs straight from one process, ${DELIVERY_BATCH} at a time)`,
      target: "none set (recorded); every event delivered, signatures valid",
      met: complete,
      missed: complete
        ? undefined
        : "Events not delivered or signatures refused: a correctness bug. Next: .data/bench/worker.log.",
    },
    {
      benchmark: "integrator-webhooks",
      measure: `lag from commit to arrival, events written at ${rate}/s (60 % of the backlog rate)`,
      ours: `p95 ${figures.steady.lagMs.p95} ms (p50 ${figures.steady.lagMs.p50} ms)`,
      baseline: "-",
      target: "none set (recorded)",
      met: complete,
      missed: complete ? undefined : "Events not delivered. Next: .data/bench/worker.log.",
    },
  ];
  const markdown = `# integrator-webhooks benchmark

Webhooks to the integrator out of the outbox (\`lib/integrator-webhooks\`), delivered by one
production worker (\`.next/standalone/worker.mjs\`: claims up to ${DELIVERY_BATCH} due events, one per
session, posts them side by side, woken by PostgreSQL's NOTIFY) to a receiver in this
process that checks every signature. Events are written by this process as the app
writes them (\`recordIntegratorEvents\` inside a transaction), on a durable PostgreSQL.
Baseline: the receiver's floor, the same number of signed POSTs sent straight from this
process ${DELIVERY_BATCH} at a time. The issue sets no target: the figures are recorded.
${machineLine(started)}
Re-run with \`npm run bench\`.

| | figure |
|---|---|
| backlog: ${backlog.length} events written in one transaction, delivered per second | ${backlogPerSecond}/s |
| baseline: the same POSTs straight to the receiver | ${floorPerSecond}/s |
| steady load: events written one per transaction, asked / achieved | ${rate}/s / ${writtenPerSecond}/s for ${STEADY_SECONDS} s |
| lag from commit to arrival under it, p50 / p95 / max | ${figures.steady.lagMs.p50} / ${figures.steady.lagMs.p95} / ${figures.steady.lagMs.max} ms |
| every event delivered | ${drained && steadyDrained ? "yes" : "NO"} |
| signatures refused / events received again | ${badSignatures} / ${repeats} |
| worker's peak RSS | ${figures.workerRssPeakMb} MB |

The worker delivers at most ${DELIVERY_BATCH} events at a time and one per session: a backlog of
events about different sessions is its best case; many events about one session go one
after another.
`;
  writeResults("integrator-webhooks", { machine: started, verdicts, buildMs, figures }, markdown);
  exitCode = complete ? 0 : 1;
} catch (error) {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await worker.stop();
  await children.stopAll();
  receiver.close();
  await db().$disconnect();
  await database.drop();
}
process.exit(exitCode);
