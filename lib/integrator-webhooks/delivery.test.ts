// Delivering the outbox to a real HTTP endpoint over a real PostgreSQL:
// signatures (and the README's recipes) on real deliveries, workers racing,
// the retry schedule with an injected clock, leases, retention, and latency.
import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { integratorEvent } from "@/lib/contracts/integrator-webhook";
import { db } from "@/lib/db";
import { childProcessEnv, exportEnv, serverEnv } from "@/lib/env";
import { purgePersonalData } from "@/lib/jobs/purge-personal-data";
import { startWebhookReceiver, type WebhookReceiver } from "@/scripts/test-support/webhook-receiver";
import { claimDueEvents } from "./claim-due-events";
import { deliverEvent } from "./deliver-event";
import { GIVE_UP_AFTER_MS, MAX_RETRY_DELAY_MS } from "./delivery-settings";
import { recordIntegratorEvents } from "./record-integrator-events";
import { deliverDueEvents, runDeliveryLoop } from "./run-delivery-loop";
import { signIntegratorWebhook, verifyIntegratorWebhook } from "./verify-integrator-webhook";
import { separateDatabase } from "@/scripts/test-support/separate-database";

const SECRET = "integrator-secret-0123456789abcdef0123456789";
const DAY = 24 * 60 * 60 * 1000;
let receiver: WebhookReceiver;

// Workers claim every due event: this file's own database keeps other files' events out of its counts.
separateDatabase("delivery");
beforeAll(async () => {
  receiver = await startWebhookReceiver();
  exportEnv({
    INTEGRATOR_WEBHOOK_URL: receiver.url,
    INTEGRATOR_WEBHOOK_SECRETS: `${SECRET},integrator-old-secret-0123456789abcdef0123`,
    INTEGRATOR_WEBHOOK_RETRY_BASE_MS: "50",
    INTEGRATOR_WEBHOOK_TIMEOUT_MS: "2000",
    INTEGRATOR_WEBHOOK_INCLUDE_PERSON: "true",
  });
});
afterAll(() => receiver.close());
beforeEach(async () => {
  await db().integratorEvent.deleteMany();
  receiver.received.length = 0;
  receiver.acknowledged.clear();
  receiver.maxConcurrentPerSession = 0;
  receiver.answer = () => 200;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const record = (sessionId: string, type: Parameters<typeof recordIntegratorEvents>[2], now?: Date) =>
  db().$transaction((tx) => recordIntegratorEvents(tx, [sessionId], type, { now }));
const newSession = (data: Parameters<ReturnType<typeof db>["verificationSession"]["create"]>[0]["data"] = {}) =>
  db().verificationSession.create({ data: { vendorData: "user-42", ...data } });
const pending = () => db().integratorEvent.count({ where: { state: "pending" } });

/** A worker: delivers until nothing is pending (waiting a moment while another holds what is left). */
async function worker() {
  while ((await pending()) > 0) if ((await deliverDueEvents()) === 0) await sleep(5);
}

/** A shell's environment with nothing of ours but what the recipe is given. */
const shellEnv = (values: Record<string, string>) =>
  ({ PATH: "/usr/local/bin:/usr/bin:/bin", ...values }) as unknown as NodeJS.ProcessEnv;

/** The fenced shell block after `<!-- recipe:<name> -->` in the README. */
function readmeRecipe(name: string): string {
  const readme = fs.readFileSync(path.resolve("README.md"), "utf8");
  const block = new RegExp(`<!-- recipe:${name} -->\\n\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(readme)?.[1];
  if (!block) throw new Error(`README.md has no recipe:${name}`);
  return block;
}

describe("a delivery", () => {
  it("is the event's contract, signed over its exact bytes with the first secret, as the README's recipes check it", async () => {
    const session = await newSession();
    await record(session.id, "session.created");
    expect(await deliverDueEvents()).toBe(1);
    const [delivery] = receiver.received;
    const event = integratorEvent.parse(JSON.parse(delivery!.raw.toString("utf8")));
    expect(event).toMatchObject({ type: "session.created", sequence: 1, sessionId: session.id, vendorData: "user-42" });
    expect(event).not.toHaveProperty("person");
    expect(delivery!.headers["content-type"]).toBe("application/json");
    const header = delivery!.headers["veriff-capture-signature"] as string;
    expect(verifyIntegratorWebhook(delivery!.raw, header, [SECRET])).toMatchObject({ ok: true, secretIndex: 0 });
    expect(verifyIntegratorWebhook(delivery!.raw, header, ["integrator-old-secret-0123456789abcdef0123"]).ok).toBe(
      false,
    );

    // The shell recipe, with openssl, on the real delivery; then on a changed body, and on an old signature.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "integrator-recipe-"));
    const verify = async (body: Buffer, signature: string) => {
      fs.writeFileSync(path.join(dir, "body.json"), body);
      const { stdout } = await promisify(execFile)(
        "bash",
        ["--norc", "--noprofile", "-c", readmeRecipe("verify-with-openssl")],
        {
          cwd: dir,
          env: shellEnv({ SECRET, SIGNATURE: signature }),
        },
      );
      return stdout.trim();
    };
    try {
      expect(await verify(delivery!.raw, header)).toBe("valid");
      const tampered = Buffer.from(delivery!.raw.toString("utf8").replace("user-42", "user-43"));
      expect(await verify(tampered, header)).toBe("invalid");
      const old = signIntegratorWebhook(SECRET, delivery!.raw, Math.floor(Date.now() / 1000) - 400);
      expect(await verify(delivery!.raw, old)).toBe("invalid");
      expect(await verify(delivery!.raw, header.replace(/v1=[0-9a-f]{4}/, "v1=0000"))).toBe("invalid");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }

    // The curl recipe signs as the app does: the helper accepts what it sends.
    await promisify(execFile)("bash", ["--norc", "--noprofile", "-c", readmeRecipe("send-with-curl")], {
      env: shellEnv({ SECRET, URL: receiver.url }),
    });
    const sent = receiver.received[1]!;
    expect(verifyIntegratorWebhook(sent.raw, sent.headers["veriff-capture-signature"] as string, SECRET).ok).toBe(true);
    expect(integratorEvent.safeParse(JSON.parse(sent.raw.toString("utf8"))).success).toBe(true);
  });
});

describe("workers", () => {
  it("deliver every event exactly once, each session's in sequence order and one at a time, however many race", async () => {
    const sessions = await Promise.all(Array.from({ length: 12 }, () => newSession()));
    for (const type of ["session.created", "session.started", "session.submitted", "session.decided"] as const)
      await Promise.all(sessions.map((session) => record(session.id, type)));
    // Slow answers keep each delivery in flight while the other workers look for work; some fail once.
    const failedOnce = new Set<string>();
    receiver.answer = (delivery) => {
      if (delivery.body.sequence === 2 && !failedOnce.has(delivery.body.id)) {
        failedOnce.add(delivery.body.id);
        return 503;
      }
      return { status: 200, delayMs: 15 };
    };
    await Promise.all([worker(), worker(), worker()]);

    const events = await db().integratorEvent.findMany();
    expect(events).toHaveLength(48);
    expect(events.every((event) => event.state === "delivered")).toBe(true);
    for (const event of events) expect(receiver.acknowledged.get(event.id)).toBe(1);
    expect(receiver.maxConcurrentPerSession).toBe(1);
    for (const session of sessions) {
      const arrived = receiver.received.filter((delivery) => delivery.body.sessionId === session.id);
      expect(arrived.map((delivery) => delivery.body.sequence)).toEqual([1, 2, 2, 3, 4]);
    }
    expect(await db().integratorDeliveryAttempt.count({ where: { eventId: { in: events.map((e) => e.id) } } })).toBe(
      60,
    );
  });

  it("leave an event another worker holds alone until its lease runs out; the late worker's outcome is ignored", async () => {
    const session = await newSession();
    await record(session.id, "session.created");
    // A worker claims it, then freezes (or dies) before answering.
    const [stuck] = await claimDueEvents(new Date(), 10, 60_000);
    expect(stuck).toBeDefined();
    expect(await deliverDueEvents()).toBe(0);
    const later = { now: () => new Date(Date.now() + 61_000), random: Math.random };
    expect(await deliverDueEvents(later)).toBe(1);
    // The first worker comes back: it sends (at least once), but the event is another's now.
    expect(await deliverEvent(stuck!)).toBe("lease_lost");
    const row = await db().integratorEvent.findUniqueOrThrow({ where: { id: stuck!.id }, include: { tries: true } });
    expect(row).toMatchObject({ state: "delivered", attempts: 1, leaseToken: null });
    expect(row.tries).toHaveLength(1);
  });

  it("give up at once on an event whose stored body no longer reads as the contract, sending nothing", async () => {
    const session = await newSession();
    await record(session.id, "session.created");
    await record(session.id, "session.started");
    await db().integratorEvent.updateMany({
      where: { sessionId: session.id, sequence: 1 },
      data: { body: { status: 7 } },
    });
    await worker();
    const events = await db().integratorEvent.findMany({
      where: { sessionId: session.id },
      orderBy: { sequence: "asc" },
    });
    expect(events.map((event) => [event.state, event.attempts, event.lastError])).toEqual([
      ["failed", 1, "stored event does not match the contract"],
      ["delivered", 1, null],
    ]);
    expect(receiver.received.map((delivery) => delivery.body.sequence)).toEqual([2]);
  });

  it("retry after exponential, jittered waits for 3 days, then mark the event failed and let the next one go", async () => {
    exportEnv({ INTEGRATOR_WEBHOOK_RETRY_BASE_MS: "10000" });
    try {
      receiver.answer = () => 500;
      const start = new Date(Date.UTC(2031, 0, 1));
      const session = await newSession();
      await record(session.id, "session.submitted", start);
      await record(session.id, "session.decided", new Date(start.getTime() + 1_000));
      let now = start;
      const clock = { now: () => now, random: () => 0.5 };
      const waits: number[] = [];
      for (let tries = 1; tries < 100; tries++) {
        expect(await deliverDueEvents(clock)).toBe(1);
        const event = await db().integratorEvent.findFirstOrThrow({ where: { sessionId: session.id, sequence: 1 } });
        expect(event.attempts).toBe(tries);
        if (event.state === "failed") {
          // The try that failed at or after the cut-off was the last; none before it gave up.
          expect(now.getTime()).toBeGreaterThanOrEqual(start.getTime() + GIVE_UP_AFTER_MS);
          expect(now.getTime() - waits.at(-1)!).toBeLessThan(start.getTime() + GIVE_UP_AFTER_MS);
          expect(event.failedAt).toEqual(now);
          break;
        }
        waits.push(event.nextAttemptAt.getTime() - now.getTime());
        // Not a moment early: the later event of the session waits too.
        now = new Date(event.nextAttemptAt.getTime() - 1);
        expect(await deliverDueEvents(clock)).toBe(0);
        now = event.nextAttemptAt;
      }
      // Half way between half and all of 10 s, 20 s, 40 s, ... up to 6 hours.
      expect(waits.slice(0, 6)).toEqual([7_500, 15_000, 30_000, 60_000, 120_000, 240_000]);
      expect(waits.at(-1)).toBe((MAX_RETRY_DELAY_MS * 3) / 4);
      expect(waits.length + 1).toBe(28);
      // Every try sent the same bytes: the body is the event's snapshot, not the session as it is now.
      const bodies = new Set(receiver.received.map((delivery) => delivery.raw.toString("utf8")));
      expect(bodies.size).toBe(1);
      const tries = await db().integratorDeliveryAttempt.findMany({ orderBy: { number: "asc" } });
      expect(tries.map((attempt) => [attempt.number, attempt.status, attempt.error])).toEqual(
        Array.from({ length: 28 }, (_, index) => [index + 1, 500, "HTTP 500"]),
      );
      // Given up on, it no longer holds the session's next event back.
      receiver.answer = () => 200;
      expect(await deliverDueEvents(clock)).toBe(1);
      expect(
        (await db().integratorEvent.findFirstOrThrow({ where: { sessionId: session.id, sequence: 2 } })).state,
      ).toBe("delivered");
    } finally {
      exportEnv({ INTEGRATOR_WEBHOOK_RETRY_BASE_MS: "50" });
    }
  });
});

describe("retention", () => {
  it("blanks the person in the outbox with the session's personal data; a later delivery carries none", async () => {
    const person = { personFirstName: "Mari", personLastName: "Maasikas", documentNumber: "AB123456" };
    const decidedAt = new Date(Date.now() - 91 * DAY);
    const old = await newSession({ status: "approved", decisionCode: 9001, decidedAt, ...person });
    const recent = await newSession({ status: "approved", decisionCode: 9001, decidedAt: new Date(), ...person });
    for (const session of [old, recent]) await record(session.id, "session.decided");
    expect(await db().integratorEvent.count({ where: { person: { path: ["firstName"], equals: "Mari" } } })).toBe(2);

    await purgePersonalData();
    const stored = async (sessionId: string) =>
      (await db().integratorEvent.findFirstOrThrow({ where: { sessionId } })).person;
    expect(await stored(old.id)).toBeNull();
    expect(await stored(recent.id)).toMatchObject({ firstName: "Mari", documentNumber: "AB123456" });

    await worker();
    const sent = (sessionId: string) =>
      JSON.parse(receiver.received.find((delivery) => delivery.body.sessionId === sessionId)!.raw.toString("utf8"));
    expect(sent(old.id).person).toBeNull();
    expect(JSON.stringify(sent(old.id))).not.toMatch(/Mari|Maasikas|AB123456/);
    expect(sent(recent.id).person).toMatchObject({ firstName: "Mari", lastName: "Maasikas" });
  });
});

describe("latency", () => {
  it("an event reaches the endpoint within a fraction of a second of its commit, woken by NOTIFY", async () => {
    const stop = new AbortController();
    const loop = runDeliveryLoop(stop.signal);
    try {
      // The loop's first round, and its LISTEN, are in place.
      await sleep(500);
      const latencies: number[] = [];
      for (let index = 0; index < 20; index++) {
        const session = await newSession();
        const started = Date.now();
        await record(session.id, "session.created");
        await receiver.waitFor((delivery) => delivery.body.sessionId === session.id, 1, 5_000);
        const delivery = receiver.received.find((item) => item.body.sessionId === session.id)!;
        latencies.push(delivery.receivedAt - started);
        // Let the loop go back to waiting, as it would between real changes.
        await sleep(100);
      }
      latencies.sort((a, b) => a - b);
      const median = latencies[10]!;
      const worst = latencies.at(-1)!;
      console.info(`integrator webhook latency, commit to endpoint (20 events): median ${median} ms, max ${worst} ms`);
      // The idle poll is 5 s: anything well under it was woken by the notification.
      expect(worst).toBeLessThan(1_000);
    } finally {
      stop.abort();
      await loop;
    }
  });
});

describe("npm run worker", () => {
  it("two worker processes deliver each event once, in order, each within a fraction of a second of its commit", async () => {
    const { DATABASE_URL } = serverEnv();
    const env = childProcessEnv({
      DATABASE_URL,
      LOG_LEVEL: "silent",
      INTEGRATOR_WEBHOOK_URL: receiver.url,
      INTEGRATOR_WEBHOOK_SECRETS: SECRET,
      INTEGRATOR_WEBHOOK_RETRY_BASE_MS: "50",
    });
    const workers = [0, 1].map(() => {
      const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
        env,
        stdio: "ignore",
      });
      return { child, exited: new Promise((resolve) => child.once("exit", resolve)) };
    });
    try {
      // Both are listening (their LISTEN is their connection's last statement).
      await expect
        .poll(
          async () =>
            (
              await db().$queryRaw<{ count: bigint }[]>`
                select count(*) from pg_stat_activity
                where datname = current_database() and query ilike 'listen integrator_events'`
            )[0]!.count,
          { timeout: 20_000 },
        )
        .toBe(2n);
      receiver.answer = () => ({ status: 200, delayMs: 10 });
      const sessions = await Promise.all(Array.from({ length: 10 }, () => newSession()));
      const latencies: number[] = [];
      for (const session of sessions) {
        const started = Date.now();
        await record(session.id, "session.created");
        await receiver.waitFor((delivery) => delivery.body.sessionId === session.id, 1, 5_000);
        latencies.push(receiver.received.find((item) => item.body.sessionId === session.id)!.receivedAt - started);
        await sleep(50);
      }
      for (const type of ["session.started", "session.submitted", "session.decided"] as const)
        await Promise.all(sessions.map((session) => record(session.id, type)));
      await expect.poll(pending, { timeout: 20_000 }).toBe(0);

      const events = await db().integratorEvent.findMany();
      expect(events.every((event) => event.state === "delivered")).toBe(true);
      for (const event of events) expect(receiver.acknowledged.get(event.id)).toBe(1);
      expect(receiver.maxConcurrentPerSession).toBe(1);
      for (const session of sessions)
        expect(
          receiver.received
            .filter((delivery) => delivery.body.sessionId === session.id)
            .map((delivery) => delivery.body.sequence),
        ).toEqual([1, 2, 3, 4]);
      latencies.sort((a, b) => a - b);
      console.info(
        `integrator webhook latency through npm run worker (10 events): median ${latencies[5]} ms, max ${latencies.at(-1)} ms`,
      );
      expect(latencies.at(-1)).toBeLessThan(1_000);
    } finally {
      for (const worker of workers) worker.child.kill("SIGTERM");
      await Promise.all(workers.map((worker) => worker.exited));
    }
  });
});
