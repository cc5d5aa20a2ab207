// SIGTERM to the app as an orchestrator sends it (a deploy, a scale-in), in
// the middle of an upload that Veriff (the emulator) holds: what is in flight
// finishes, nothing new is taken, nothing is lost, and nothing reaches Veriff
// twice, across a restart. And a worker stopped in the middle of a job. A
// stack of its own (support/shutdown-stack.ts): the standalone server as a
// deployment runs it, and processes this spec stops.
import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";
import jpeg from "jpeg-js";
import { signalGroup } from "../scripts/lib/child-processes";
import { INTEGRATOR_KEY } from "./support/check";
import { GRACE_MS, ShutdownStack } from "./support/shutdown-stack";

const MEDIA = "POST /sessions/{id}/media";
let stack: ShutdownStack;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  stack = new ShutdownStack();
  await stack.start();
});

test.afterAll(async () => {
  await stack?.stop();
});

test("an upload in flight at SIGTERM completes, new requests are refused, and its retry after a restart sends nothing twice", async () => {
  test.setTimeout(90_000);
  const { token, veriffSessionId, sessionId } = await startCapture();
  await stack.faults({ [MEDIA]: { latencyMs: 3_000 } });
  const frameId = randomUUID();
  const bytes = photo();
  const upload = sendFrame(token, frameId, bytes);
  await heldAtVeriff(sessionId);

  const signalled = Date.now();
  const exited = appExit();
  signalGroup(stack.app!.process.pid, "SIGTERM");
  // At once (as soon as the process has the signal): a load balancer's probe says not ready, and a new
  // request is turned away with a stable code.
  await expect
    .poll(
      async () => {
        const ready = await fetch(`${stack.baseUrl}/api/health/ready`);
        return [ready.status, await ready.json()];
      },
      { timeout: 1_000, intervals: [50] },
    )
    .toEqual([503, { status: "not_ready", shuttingDown: true }]);
  const refused = await fetch(`${stack.baseUrl}/api/capture/${token}`);
  expect(refused.status).toBe(503);
  expect(refused.headers.get("retry-after")).toBe("1");
  expect(refused.headers.get("connection")).toBe("close");
  expect((await refused.json()).error.code).toBe("server_busy");

  const answer = await upload;
  expect(answer.status).toBe(201);
  const { frame } = (await answer.json()) as { frame: { id: string; veriffMediaId: string } };
  const { code, at } = await exited;
  expect(code).toBe(0);
  expect(at - signalled).toBeLessThan(GRACE_MS);
  expect(await stack.emulatedMedia(veriffSessionId)).toEqual([frame.veriffMediaId]);
  expect(await frameRows(sessionId)).toEqual([
    { client_frame_id: frameId, status: "acknowledged", veriff_media_id: frame.veriffMediaId },
  ]);

  // The end-user's page did not see the answer (say) and sends the frame again, to the restarted app.
  await stack.faults({});
  await stack.startApp();
  const retry = await sendFrame(token, frameId, bytes);
  expect(retry.status).toBe(201);
  expect(await retry.json()).toEqual({ frame });
  expect(await stack.emulatedMedia(veriffSessionId)).toEqual([frame.veriffMediaId]);
  expect(await frameRows(sessionId)).toHaveLength(1);
});

test("an upload longer than the grace is cut off, its claim released, and its retry after a restart reaches Veriff once", async () => {
  test.setTimeout(90_000);
  const { token, veriffSessionId, sessionId } = await startCapture();
  // Veriff holds the upload past the grace, then drops it unread: the frame never lands there.
  const latencyMs = GRACE_MS + 4_000;
  await stack.faults({ [MEDIA]: { latencyMs, dropRate: 1 } });
  const frameId = randomUUID();
  const bytes = photo();
  const sent = Date.now();
  const upload = sendFrame(token, frameId, bytes);
  await heldAtVeriff(sessionId);

  const signalled = Date.now();
  const exited = appExit();
  signalGroup(stack.app!.process.pid, "SIGTERM");
  // Answered before the process ends: the page is told to send it again, as it does by itself.
  const answer = await upload;
  expect(answer.status).toBe(503);
  expect((await answer.json()).error.code).toBe("veriff_unavailable");
  const { code, at } = await exited;
  expect(code).toBe(0);
  expect(at - signalled).toBeGreaterThanOrEqual(GRACE_MS - 100);
  expect(at - signalled).toBeLessThan(GRACE_MS + 4_000);
  // Released: not pending under a sender that is gone (which would make the retry wait minutes), but kept
  // under its frame id with its outcome unknown, so that the retry asks Veriff before sending.
  expect(await frameRows(sessionId)).toEqual([{ client_frame_id: frameId, status: "failed", veriff_media_id: null }]);
  expect((await stack.query(`select error_code from media_uploads where session_id = $1`, [sessionId]))[0]).toEqual({
    error_code: "outcome_unknown",
  });

  await stack.faults({});
  await stack.startApp();
  // The emulator has let go of the request it held by now.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, sent + latencyMs + 500 - Date.now())));
  const retry = await sendFrame(token, frameId, bytes);
  expect(retry.status).toBe(201);
  const { frame } = (await retry.json()) as { frame: { veriffMediaId: string } };
  expect(await stack.emulatedMedia(veriffSessionId)).toEqual([frame.veriffMediaId]);
  // Veriff was asked first, had nothing, and was sent the frame: the released row let go of the frame id.
  expect(await frameRows(sessionId)).toEqual([
    { client_frame_id: null, status: "failed", veriff_media_id: null },
    { client_frame_id: frameId, status: "acknowledged", veriff_media_id: frame.veriffMediaId },
  ]);
});

test("a worker stopped during a job finishes it, takes no other, and exits 0", async () => {
  test.setTimeout(90_000);
  // One session for the reconciliation job (submitted a day ago, no decision), one for the expiry job
  // that runs after it (opened 8 days ago): Veriff holds the first job's call.
  const submitted = await startCapture();
  const stale = await startCapture();
  await stack.query(
    `update verification_sessions set status = 'submitted', submitted_at = now() - interval '1 day' where id = $1`,
    [submitted.sessionId],
  );
  await stack.query(`update verification_sessions set created_at = now() - interval '8 days' where id = $1`, [
    stale.sessionId,
  ]);
  await stack.faults({ "GET /sessions/{id}/decision": { latencyMs: 4_000 } });
  const worker = stack.startWorker({ JOBS_INTERVAL_SECONDS: "1" });
  // Claimed (stamped) by the reconciliation job, whose call to Veriff is now held.
  await expect
    .poll(
      async () =>
        (await stack.query(`select reconciled_at from verification_sessions where id = $1`, [submitted.sessionId]))[0]
          ?.reconciled_at ?? null,
      { timeout: 30_000, intervals: [100] },
    )
    .not.toBeNull();
  const signalled = Date.now();
  signalGroup(worker.process.pid, "SIGTERM");
  const code = await worker.exited;
  expect(code).toBe(0);
  // It waited for the job's call to Veriff to end (the call was held 4 s), well within the grace.
  expect(Date.now() - signalled).toBeGreaterThan(1_000);
  expect(Date.now() - signalled).toBeLessThan(GRACE_MS);
  // The job after it, the expiry, was not started: the stale session is still open.
  expect(await stack.query(`select status from verification_sessions where id = $1`, [stale.sessionId])).toEqual([
    { status: "created" },
  ]);
  await stack.faults({});
});

/** An integrator creates a session; the end-user opens its link and agrees. */
async function startCapture(): Promise<{ token: string; sessionId: string; veriffSessionId: string }> {
  const created = await fetch(`${stack.baseUrl}/api/sessions`, {
    method: "POST",
    headers: { authorization: `Bearer ${INTEGRATOR_KEY}`, "content-type": "application/json" },
    body: JSON.stringify({ document: { type: "PASSPORT", country: "EE" } }),
  });
  expect(created.status).toBe(201);
  const session = (await created.json()) as { id: string; veriffSessionId: string; captureUrl: string };
  const token = session.captureUrl.split("/").pop()!;
  const consent = await fetch(`${stack.baseUrl}/api/capture/${token}/consent`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ locale: "en" }),
  });
  expect(consent.status).toBe(200);
  return { token, sessionId: session.id, veriffSessionId: session.veriffSessionId };
}

function sendFrame(token: string, frameId: string, bytes: Buffer): Promise<Response> {
  return fetch(`${stack.baseUrl}/api/capture/${token}/frames?context=document-front&frame=${frameId}`, {
    method: "POST",
    headers: { "content-type": "image/jpeg" },
    body: new Uint8Array(bytes),
  });
}

/** Waits until the frame's row is pending: claimed, and on its way to Veriff, which holds it. */
async function heldAtVeriff(sessionId: string): Promise<void> {
  await expect
    .poll(async () => (await frameRows(sessionId)).map((row) => row.status), { timeout: 15_000 })
    .toEqual(["pending"]);
  // The upload's bytes are at the emulator, which waits before answering.
  await new Promise((resolve) => setTimeout(resolve, 300));
}

async function frameRows(sessionId: string) {
  return stack.query<{ client_frame_id: string | null; status: string; veriff_media_id: string | null }>(
    `select client_frame_id, status, veriff_media_id from media_uploads where session_id = $1 order by created_at`,
    [sessionId],
  );
}

function appExit(): Promise<{ code: number; at: number }> {
  return stack.app!.exited.then((code) => ({ code, at: Date.now() }));
}

/** A small JPEG of random pixels: a new one each call. */
function photo(): Buffer {
  const width = 320;
  const height = 240;
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < data.length; i++) data[i] = i % 4 === 3 ? 255 : Math.floor(Math.random() * 256);
  return jpeg.encode({ data, width, height }, 80).data;
}
