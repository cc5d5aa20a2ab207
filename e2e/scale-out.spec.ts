// Scale-out, shown: two app instances and two workers on one PostgreSQL,
// behind a round-robin proxy, with the emulator as Veriff and an integrator's
// endpoint, all over real HTTP (support/scale-out-stack.ts). One capture
// alternates instances frame by frame; a frame retried through the other
// instance while the first is on its way is uploaded once; then ten captures
// run at once while the workers race for expired sessions, and a few more
// whose decision webhooks never come, for the workers to read back. Every
// frame, submit, Veriff webhook, integrator webhook and job must have happened
// exactly once, as Veriff (the emulator), the integrator, the database and
// each process's own log tell it. No browser: the capture API is driven as
// the capture page drives it (lib/contracts/capture-api.ts).
import { setTimeout as sleep } from "node:timers/promises";
import { captureContexts } from "../lib/capture/required-frames";
import { FramePhotos } from "../scripts/soak/frames";
import { ProxiedUser, type Answer, type SentFrame } from "./support/proxied-user";
import { INSTANCES, MEDIA_LATENCY_MS, ScaleOutStack, WORKERS } from "./support/scale-out-stack";
import { expect, test } from "./support/test";

const CONTEXTS = captureContexts({ documentType: "ID_CARD", proofOfAddress: "none" });
const CONCURRENT_SESSIONS = 10;
const EXPIRING_SESSIONS = 6;
const RECONCILED_SESSIONS = 4;
const photos = new FramePhotos();
let stack: ScaleOutStack;

/** What each capture sent, to compare with what Veriff holds. */
interface Capture {
  user: ProxiedUser;
  id: string;
  veriffSessionId: string;
  capture: string;
  frames: (SentFrame & { uploadId: string; veriffMediaId: string; requestId: string })[];
}
const captures: Capture[] = [];
/** Sessions created and never captured, left to expire. */
const idle: string[] = [];

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  stack = new ScaleOutStack();
  await stack.start();
});

test.afterAll(async () => {
  await stack?.stop();
});

test("one capture alternates instances frame by frame; a frame retried through the other instance while on its way is sent to Veriff once", async () => {
  test.setTimeout(60_000);
  // Only this user on the public listener: its requests take the instances in turn.
  const user = new ProxiedUser(stack.publicUrl, "127.0.0.20");
  const capture = await startCapture(user, "scale-serial");
  const [first, ...rest] = CONTEXTS.map((context) => user.frame(context, photos.photo(context, `serial ${context}`)));

  // The first frame goes to one instance; while Veriff holds its answer (3 s, so that the other instance, whose
  // first frame this is, answers first even on a busy machine), the page's retry of it reaches the other.
  stack.mediaLatency(3_000);
  const original = user.send(capture.capture, first!);
  await pendingRow(first!.frameId);
  const retry = await user.send(capture.capture, first!);
  expect(retry.status).toBe(409);
  expect(retry.json).toMatchObject({ error: { code: "frame_in_progress" } });
  const sent = await original;
  expect(sent.status).toBe(201);
  stack.mediaLatency(MEDIA_LATENCY_MS);
  expect(stack.emulator.session(capture.veriffSessionId)!.attempts[0]!.media).toHaveLength(1);
  // Sent again once it is in: the stored outcome, the same frame, nothing new at Veriff.
  const again = await user.send(capture.capture, first!);
  expect(again.status).toBe(201);
  expect(again.json).toEqual(sent.json);
  expect(stack.emulator.session(capture.veriffSessionId)!.attempts[0]!.media).toHaveLength(1);
  capture.frames.push(acknowledged(first!, sent));

  for (const frame of rest) {
    const answer = await user.send(capture.capture, frame);
    expect(answer.status).toBe(201);
    capture.frames.push(acknowledged(frame, answer));
  }
  const served = await servedBy([sent, retry, again].map((answer) => answer.requestId));
  expect(served[0]).not.toBe(served[1]);
  expect(served[2]).toBe(served[0]);
  const frameInstances = await servedBy(capture.frames.map((frame) => frame.requestId));
  const [one, other] = [frameInstances[0], INSTANCES.find((instance) => instance !== frameInstances[0])];
  expect(frameInstances, "each frame on the other instance than the one before").toEqual(
    frameInstances.map((_, index) => (index % 2 === 0 ? one : other)),
  );

  // Submitted through one instance; the second click, through the other, finds it done.
  const submits = [await user.submit(capture.capture), await user.submit(capture.capture)];
  expect(submits.map((answer) => [answer.status, answer.json])).toEqual([
    [200, { status: "submitted" }],
    [200, { status: "submitted" }],
  ]);
  expect(new Set(await servedBy(submits.map((answer) => answer.requestId))).size).toBe(2);
  await expectDecided(user, capture.capture);
});

test("ten captures at once on both instances and two workers: every frame, submit, webhook and job happens exactly once", async () => {
  test.setTimeout(90_000);
  const concurrent = Array.from({ length: CONCURRENT_SESSIONS }, (_, index) =>
    runCapture(new ProxiedUser(stack.publicUrl, `127.0.0.${30 + index}`), `scale-${index}`),
  );
  // Meanwhile, sessions nobody captured turn 8 days old: both workers look for them every second.
  const integrator = new ProxiedUser(stack.publicUrl, "127.0.0.21");
  for (let index = 0; index < EXPIRING_SESSIONS; index++)
    idle.push((await integrator.createSession(`scale-idle-${index}`)).id);
  await stack.query("update verification_sessions set created_at = now() - interval '8 days' where id = any($1)", [
    idle,
  ]);
  await Promise.all(concurrent);
  await expect
    .poll(async () => (await stack.query("select id from verification_sessions where status = 'expired'")).length, {
      timeout: 15_000,
    })
    .toBe(EXPIRING_SESSIONS);

  await settled();
  await expectFramesOnceEach();
  await expectSubmitsOnceEach();
  await expectVeriffWebhooksStoredOnce();
  await expectIntegratorWebhooksOnce();
  await expectExpiredOnce();
  await expectClientAddressesFromTheProxy();
  await expectBothInstancesServed();
});

test("a decision whose webhook never came is read back from Veriff by one of the two workers, once", async () => {
  test.setTimeout(60_000);
  // Veriff decides, but holds its webhooks back past the end of the run: only the workers' reconciliation can learn the decisions.
  stack.emulator.faults.configure({ webhooks: { delayMs: 60 * 60_000 } });
  const before = captures.length;
  await Promise.all(
    Array.from({ length: RECONCILED_SESSIONS }, (_, index) =>
      runCapture(new ProxiedUser(stack.publicUrl, `127.0.0.${50 + index}`), `scale-late-${index}`, { decided: false }),
    ),
  );
  const late = captures.slice(before);
  const ids = late.map((capture) => capture.id);
  await expect
    .poll(() => late.filter((capture) => stack.emulator.session(capture.veriffSessionId)!.status === "approved").length)
    .toBe(RECONCILED_SESSIONS);
  const statuses = await stack.query<{ status: string }>(
    "select status from verification_sessions where id = any($1)",
    [ids],
  );
  expect(statuses.map((row) => row.status)).toEqual(late.map(() => "submitted"));
  const readsBefore = decisionReads();

  // Submitted 20 minutes ago with no decision (RECONCILE_AFTER_MINUTES: 15): both workers look every second.
  await stack.query(
    "update verification_sessions set submitted_at = now() - interval '20 minutes' where id = any($1)",
    [ids],
  );
  for (const capture of late) await expectDecided(capture.user, capture.capture);
  await integratorSettled();

  expect(decisionReads() - readsBefore).toBe(RECONCILED_SESSIONS);
  const reconciled = await stack.query<{ session_id: string; decided: boolean }>(
    "select session_id, (data->>'decided')::boolean as decided from session_events where type = 'session.reconciled'",
  );
  expect(reconciled.map((row) => [row.session_id, row.decided]).sort()).toEqual(ids.map((id) => [id, true]).sort());
  expect(sumOverWorkers("reconciled")).toBe(RECONCILED_SESSIONS);
  await expectIntegratorWebhooksOnce();
  await expectFramesOnceEach();
});

/** A capture as the page makes it: the frames in the background as the camera takes them, one retried at once, then submit twice. */
async function runCapture(user: ProxiedUser, vendorData: string, { decided = true } = {}): Promise<void> {
  const capture = await startCapture(user, vendorData);
  await Promise.all(
    CONTEXTS.map(async (context, index) => {
      await sleep(index * 150);
      const frame = user.frame(context, photos.photo(context, `${vendorData} ${context}`));
      const original = user.send(capture.capture, frame);
      // The page gave up waiting and sent it again, through whichever instance the proxy picks.
      const retried = index === 0 ? await retryWhileOnItsWay(user, capture.capture, frame) : undefined;
      const answer = await original;
      expect(answer.status).toBe(201);
      if (retried) expect(retried).toEqual(answer.json);
      capture.frames.push(acknowledged(frame, answer));
    }),
  );
  const submits = await Promise.all([user.submit(capture.capture), user.submit(capture.capture)]);
  // One of them submits; the other says it is done or on its way, never an error.
  expect(submits.some((answer) => answer.status === 200)).toBe(true);
  for (const answer of submits) expect([200, 202]).toContain(answer.status);
  if (decided) await expectDecided(user, capture.capture);
}

/** What the page learns of a frame it sent again while the first request was on its way: the first one's answer. */
async function retryWhileOnItsWay(user: ProxiedUser, capture: string, frame: SentFrame): Promise<unknown> {
  await pendingRow(frame.frameId);
  const retry = await user.send(capture, frame);
  if (retry.status === 201) return retry.json; // the first was in already: its stored outcome
  expect([retry.status, retry.json]).toMatchObject([409, { error: { code: "frame_in_progress" } }]);
  // As the page does: asks where it stands instead of sending the bytes again.
  let status: Answer | undefined;
  await expect.poll(async () => (status = await user.status(capture, frame)).status, { timeout: 15_000 }).toBe(200);
  return status!.json;
}

async function startCapture(user: ProxiedUser, vendorData: string): Promise<Capture> {
  const created = await user.createSession(vendorData);
  expect((await user.begin(created.capture)).map((answer) => answer.status)).toEqual([200, 202]);
  const capture: Capture = { user, ...created, frames: [] };
  captures.push(capture);
  return capture;
}

function acknowledged(frame: SentFrame, answer: Answer): Capture["frames"][number] {
  const { id, veriffMediaId } = (answer.json as { frame: { id: string; veriffMediaId: string } }).frame;
  return { ...frame, uploadId: id, veriffMediaId, requestId: answer.requestId };
}

async function expectDecided(user: ProxiedUser, capture: string): Promise<void> {
  await expect
    .poll(async () => ((await user.state(capture)).json as { status?: string } | null)?.status, { timeout: 20_000 })
    .toBe("approved");
}

/** The frame's row, pending: the first request holds the claim and is sending it to Veriff. */
async function pendingRow(frameId: string): Promise<void> {
  await expect
    .poll(
      async () =>
        (
          await stack.query<{ status: string }>("select status from media_uploads where client_frame_id = $1", [
            frameId,
          ])
        )[0]?.status,
      { intervals: [10], timeout: 10_000 },
    )
    .toBe("pending");
}

/** Every webhook Veriff sent has been answered, and every event for the integrator delivered. */
async function settled(): Promise<void> {
  await expect
    .poll(() => stack.emulator.webhooks.deliveries.filter((delivery) => !delivery.delivered).length, {
      timeout: 20_000,
    })
    .toBe(0);
  await integratorSettled();
}

async function integratorSettled(): Promise<void> {
  await expect
    .poll(async () => (await stack.query("select id from integrator_events where state <> 'delivered'")).length, {
      timeout: 20_000,
    })
    .toBe(0);
}

/** GET decision calls Veriff (the emulator) has answered so far. */
function decisionReads(): number {
  return stack.emulator.callsByRoute.get("GET /sessions/{id}/decision") ?? 0;
}

/** A figure the workers' "background jobs round" log lines give, added up over both workers' logs. */
function sumOverWorkers(figure: "expired" | "reconciled"): number {
  const byWorker = WORKERS.map((worker) =>
    stack
      .logLines(worker)
      .filter((line) => line.msg === "background jobs round")
      .reduce((sum, line) => sum + Number(line[figure] ?? 0), 0),
  );
  console.log(`[scale-out] ${figure} by ${WORKERS.map((worker, index) => `${worker}: ${byWorker[index]}`).join(", ")}`);
  return byWorker.reduce((sum, count) => sum + count, 0);
}

/** Veriff holds each frame sent once, in one row each, which names that media and is the one the page was told of. */
async function expectFramesOnceEach(): Promise<void> {
  const uploads = await stack.query<{
    id: string;
    session_id: string;
    client_frame_id: string;
    status: string;
    veriff_media_id: string;
  }>("select id, session_id, client_frame_id, status, veriff_media_id from media_uploads");
  for (const capture of captures) {
    const held = stack.emulator.session(capture.veriffSessionId)!.attempts[0]!.media;
    expect(held.map((media) => media.context).sort()).toEqual([...CONTEXTS].sort());
    expect(held.map((media) => media.id).sort()).toEqual(capture.frames.map((frame) => frame.veriffMediaId).sort());
    const rows = uploads.filter((upload) => upload.session_id === capture.id);
    expect(rows.map((row) => [row.client_frame_id, row.id, row.status, row.veriff_media_id]).sort()).toEqual(
      capture.frames.map((frame) => [frame.frameId, frame.uploadId, "acknowledged", frame.veriffMediaId]).sort(),
    );
  }
}

/** One PATCH submitted per captured session at Veriff, none for the others; one submit on each timeline. */
async function expectSubmitsOnceEach(): Promise<void> {
  for (const capture of captures) {
    const attempt = stack.emulator.session(capture.veriffSessionId)!.attempts[0]!;
    expect(stack.emulator.submitsByAttempt.get(attempt.id)).toBe(1);
  }
  expect([...stack.emulator.submitsByAttempt.values()].reduce((sum, count) => sum + count, 0)).toBe(captures.length);
  const submitted = await stack.query<{ session_id: string; count: number }>(
    "select session_id, count(*)::int as count from session_events where type = 'session.submitted' group by session_id",
  );
  expect(submitted.map((row) => row.count)).toEqual(captures.map(() => 1));
  expect(submitted.some((row) => idle.includes(row.session_id))).toBe(false);
}

/** Each webhook Veriff sent arrived once (no retry was needed), is stored in one row, and was applied. */
async function expectVeriffWebhooksStoredOnce(): Promise<void> {
  const deliveries = stack.emulator.webhooks.deliveries;
  // started, submitted and the decision, for each captured session.
  expect(deliveries).toHaveLength(captures.length * 3);
  expect(deliveries.map((delivery) => delivery.tries.map((attempt) => attempt.status))).toEqual(
    deliveries.map(() => [200]),
  );
  const rows = await stack.query<{ dedupe_key: string; processed_at: Date | null; processing_error: string | null }>(
    "select dedupe_key, processed_at, processing_error from webhook_deliveries",
  );
  expect(rows.map((row) => row.dedupe_key).sort()).toEqual(stack.veriffWebhookKeys().sort());
  expect(rows.filter((row) => !row.processed_at || row.processing_error)).toEqual([]);
  const applied = await stack.query<{ count: number }>(
    "select count(*)::int as count from session_events where type = 'veriff.decision' and (data->>'applied')::boolean",
  );
  expect(applied[0]!.count).toBe(captures.length);
}

/** The integrator heard of each event once, signed, through one try, whichever worker sent it. */
async function expectIntegratorWebhooksOnce(): Promise<void> {
  const events = await stack.query<{ id: string; session_id: string; type: string; attempts: number; tries: number }>(
    `select e.id, e.session_id, e.type, e.attempts,
       (select count(*)::int from integrator_delivery_attempts a where a.event_id = e.id) as tries
     from integrator_events e order by e.session_id, e.sequence`,
  );
  const received = stack.integratorDeliveries;
  expect(received.every((delivery) => delivery.verified)).toBe(true);
  expect(received.map((delivery) => delivery.eventId).sort()).toEqual(events.map((event) => event.id).sort());
  expect(events.filter((event) => event.attempts !== 1 || event.tries !== 1)).toEqual([]);
  const typesOf = (sessionId: string) => events.filter((event) => event.session_id === sessionId).map((e) => e.type);
  for (const capture of captures)
    expect(typesOf(capture.id)).toEqual(["session.created", "session.started", "session.submitted", "session.decided"]);
  for (const id of idle) expect(typesOf(id)).toEqual(["session.created", "session.decided"]);
}

/** Each idle session expired once, by one worker or the other: their own logs add up to the sessions expired. */
async function expectExpiredOnce(): Promise<void> {
  const expired = await stack.query<{ session_id: string }>(
    "select session_id from session_events where type = 'session.expired'",
  );
  expect(expired.map((row) => row.session_id).sort()).toEqual([...idle].sort());
  expect(sumOverWorkers("expired")).toBe(EXPIRING_SESSIONS);
}

/** The address Veriff was given for each user is the one the proxy saw: it appended it, and the app trusted that hop alone. */
async function expectClientAddressesFromTheProxy(): Promise<void> {
  for (const capture of captures) {
    const [sent] = stack.emulator.session(capture.veriffSessionId)!.collectedData as {
      network: { ip: { addressV4?: string } };
    }[];
    expect(sent?.network.ip.addressV4).toBe(capture.user.address);
  }
}

/**
 * Each request the proxy forwarded was served by the instance it chose, as
 * that instance's own log says (the request id the proxy gave it), never by
 * the other; both took frames, submits and Veriff's webhooks; none answered 5xx.
 */
async function expectBothInstancesServed(): Promise<void> {
  const forwarded = stack.proxy.forwarded;
  expect(forwarded.filter((request) => request.status >= 500)).toEqual([]);
  expect(forwarded.filter((request) => request.answeredId !== request.requestId)).toEqual([]);
  const served = await servedBy(forwarded.map((request) => request.requestId));
  expect(forwarded.filter((request, index) => request.upstream !== served[index])).toEqual([]);
  const counts = INSTANCES.map((instance) => {
    const of = (route: RegExp) =>
      forwarded.filter((r, i) => served[i] === instance && r.method === "POST" && route.test(r.path)).length;
    return { instance, frames: of(/\/frames$/), submits: of(/\/submit$/), veriffWebhooks: of(/^\/api\/webhooks\//) };
  });
  console.log(`[scale-out] served: ${JSON.stringify(counts)}`);
  for (const count of counts) {
    expect(count.frames).toBeGreaterThan(0);
    expect(count.submits).toBeGreaterThan(0);
    expect(count.veriffWebhooks).toBeGreaterThan(0);
  }
}

/** The instance whose log says it handled each request id (polled: a log line may still be on its way to the file). */
async function servedBy(requestIds: string[]): Promise<string[]> {
  let served: (string | undefined)[] = [];
  await expect
    .poll(
      () => {
        const handled = new Map<string, string[]>();
        for (const instance of INSTANCES)
          for (const line of stack.logLines(instance))
            if (line.msg === "request handled" && typeof line.requestId === "string")
              handled.set(line.requestId, [...(handled.get(line.requestId) ?? []), instance]);
        served = requestIds.map((id) => {
          const by = handled.get(id) ?? [];
          return by.length === 1 ? by[0] : undefined;
        });
        return served.filter((instance) => instance === undefined).length;
      },
      { timeout: 5_000 },
    )
    .toBe(0);
  return served as string[];
}
