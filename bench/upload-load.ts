// npm run bench (upload-load): the upload route under load, production build
// (.next/standalone/server.js). Simulated end-users, all at once, each with an
// integrator-made link: consent, then 6 frames of ~400 KB one after the other
// (POST /api/capture/{token}/frames, binary, as the capture page sends them)
// and a submit, against the Veriff emulator (in this process) with 20 ms added
// to each of its answers. The baseline is the emulator's own time for each
// media upload in the same run (from its request's first byte to its answer's
// last, the 20 ms included): the app's overhead per upload is the difference.
// A frame refused as busy (503 server_busy, 429) is sent again after its
// Retry-After, as the page does, and counted; any other failure is an error.
// Writes bench/results/upload-load.{json,md}; exits 1 if a target is missed.
import { randomBytes, randomUUID } from "node:crypto";
import type http from "node:http";
import { Emulator } from "../emulator/emulator";
import { captureContexts } from "../lib/capture/required-frames";
import { withComment } from "../scripts/soak/frames";
import { AppServer, children, ensureStandaloneBuild, freePort } from "./app-server";
import { documentPhotoJpeg } from "./document-photo";
import { QUICK, type Verdict, machine, machineLine, quantile, round, writeResults } from "./report";
import { scratchDatabase } from "./scratch-database";

const USERS = QUICK ? 12 : 50;
const LATENCY_MS = 20;
const TARGET_RSS_MB = 400;
const log = (message: string) => console.error(`[bench upload-load] ${message}`);
const started = machine();
const CONTEXTS = captureContexts({ documentType: "ID_CARD", proofOfAddress: "none" });
if (CONTEXTS.length !== 6) throw new Error(`expected 6 frames per check, got ${CONTEXTS.join(", ")}`);

const buildMs = await ensureStandaloneBuild(log);
const database = await scratchDatabase("bench_upload_load", log);
const apiKey = randomUUID();
const secret = randomBytes(24).toString("base64url");
const integratorKey = randomBytes(30).toString("base64url");
const appPort = await freePort();
const appUrl = `http://127.0.0.1:${appPort}`;
const emulator = new Emulator({
  apiKey,
  sharedSecrets: [secret],
  webhookUrl: `${appUrl}/api/webhooks/veriff`,
  decisionDelayMs: 1_500,
  strict: true,
  pdfEnabled: false,
  webhookTimeScale: 3_600,
  faultSeed: 1,
});
emulator.faults.configure({ seed: 1, endpoints: { "*": { latencyMs: LATENCY_MS } }, webhooks: {} });
const emulatorUrl = await emulator.listen(await freePort());
// The emulator's own time per media upload: its server is private, and this is a benchmark's look inside.
const emulatorMediaMs: number[] = [];
(emulator as unknown as { server: http.Server }).server.prependListener("request", (request, response) => {
  if (request.method !== "POST" || !/\/media$/.test(request.url ?? "")) return;
  const begun = performance.now();
  response.once("finish", () => {
    if (response.statusCode === 200) emulatorMediaMs.push(performance.now() - begun);
  });
});

const app = new AppServer("upload-load-app", appPort, {
  DATABASE_URL: database.url,
  VERIFF_API_URL: `${emulatorUrl}/v1`,
  VERIFF_API_KEY: apiKey,
  VERIFF_SHARED_SECRETS: secret,
  APP_BASE_URL: appUrl,
  APP_API_KEYS: integratorKey,
  STAFF_AUTH_SECRET: randomBytes(32).toString("base64url"),
  // Each simulated user comes through one proxy with an address of its own, as real end-users do.
  TRUSTED_PROXY_HOPS: "1",
  CAPTURE_FRAMES_PER_CONTEXT: "2",
  VERIFF_PROOF_OF_ADDRESS: "none",
  SELF_SERVE_START: "false",
  VERIFF_PDF_ENABLED: "false",
});

const photo = documentPhotoJpeg(1920, 1080, 85);
const uploads: { ms: number; bytes: number; startedAt: number; endedAt: number }[] = [];
const busyRetries = new Map<string, number>();
const errors: string[] = [];
let submits = 0;

type Call = { status: number; json: Record<string, unknown> | null; retryAfter: number };
async function call(address: string, path: string, init: RequestInit & { headers?: Record<string, string> }) {
  const response = await fetch(`${appUrl}${path}`, {
    ...init,
    headers: { "x-forwarded-for": address, ...init.headers },
    signal: AbortSignal.timeout(120_000),
  });
  const text = await response.text();
  let json: Record<string, unknown> | null = null;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // not JSON
  }
  return { status: response.status, json, retryAfter: Number(response.headers.get("retry-after")) || 1 } as Call;
}
const code = (answer: Call) => (answer.json?.error as { code?: string } | undefined)?.code ?? "";

async function user(index: number, measured: boolean): Promise<void> {
  const address = `10.${(index >> 8) & 255}.${index & 255}.7`;
  const created = await call(address, "/api/sessions", {
    method: "POST",
    headers: { authorization: `Bearer ${integratorKey}`, "content-type": "application/json" },
    body: JSON.stringify({
      person: { firstName: "Alex", lastName: "Bench" },
      document: { type: "ID_CARD", country: "EE" },
      vendorData: `bench-${index}`,
    }),
  });
  if (created.status !== 201) throw new Error(`create session: ${created.status} ${code(created)}`);
  const token = new URL(String(created.json?.captureUrl)).pathname.split("/").pop()!;
  const capture = `/api/capture/${token}`;
  const json = { "content-type": "application/json" };
  const consent = await call(address, `${capture}/consent`, { method: "POST", headers: json, body: '{"locale":"en"}' });
  if (consent.status !== 200) throw new Error(`consent: ${consent.status} ${code(consent)}`);
  for (const context of CONTEXTS) {
    const frameId = randomUUID();
    const bytes = withComment(photo, `bench frame ${frameId}`);
    for (;;) {
      const startedAt = performance.now();
      const answer = await call(address, `${capture}/frames?context=${context}&frame=${frameId}`, {
        method: "POST",
        headers: { "content-type": "image/jpeg" },
        body: new Uint8Array(bytes),
      });
      const endedAt = performance.now();
      if (answer.status === 201) {
        if (measured) uploads.push({ ms: endedAt - startedAt, bytes: bytes.length, startedAt, endedAt });
        break;
      }
      if (answer.status === 503 || answer.status === 429) {
        const cause = `${answer.status} ${code(answer)}`;
        busyRetries.set(cause, (busyRetries.get(cause) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, answer.retryAfter * 1000));
        continue;
      }
      throw new Error(`frame ${context}: ${answer.status} ${code(answer)}`);
    }
  }
  const submitted = await call(address, `${capture}/submit`, { method: "POST" });
  if (submitted.status !== 200) throw new Error(`submit: ${submitted.status} ${code(submitted)}`);
  if (measured) submits++;
}

let exitCode = 1;
try {
  await app.start();
  log("app started; warming up with 2 users");
  await Promise.all([0, 1].map((index) => user(10_000 + index, false)));
  emulatorMediaMs.length = 0;
  log(`${USERS} users at once, 6 frames of ${photo.length} bytes and a submit each`);
  const loadStarted = performance.now();
  const outcomes = await Promise.allSettled(Array.from({ length: USERS }, (_, index) => user(index, true)));
  const loadMs = performance.now() - loadStarted;
  for (const outcome of outcomes) if (outcome.status === "rejected") errors.push(String(outcome.reason));
  app.sample();

  const first = Math.min(...uploads.map((u) => u.startedAt));
  const last = Math.max(...uploads.map((u) => u.endedAt));
  const uploadPhaseS = (last - first) / 1000;
  const ms = uploads.map((u) => u.ms);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const figures = {
    users: USERS,
    framesPerUser: CONTEXTS.length,
    frameBytes: photo.length,
    uploads: uploads.length,
    submits,
    errors: errors.length,
    busyRetries: Object.fromEntries(busyRetries),
    uploadsPerSecond: round(uploads.length / uploadPhaseS),
    megabytesPerSecond: round(uploads.reduce((sum, u) => sum + u.bytes, 0) / 1e6 / uploadPhaseS),
    wholeRunSeconds: round(loadMs / 1000),
    uploadMs: {
      p50: round(quantile(ms, 0.5)),
      p95: round(quantile(ms, 0.95)),
      p99: round(quantile(ms, 0.99)),
      mean: round(mean(ms)),
    },
    emulatorMediaMs: {
      count: emulatorMediaMs.length,
      p50: round(quantile(emulatorMediaMs, 0.5)),
      p95: round(quantile(emulatorMediaMs, 0.95)),
      mean: round(mean(emulatorMediaMs)),
    },
    appOverheadMeanMs: round(mean(ms) - mean(emulatorMediaMs)),
    appRssPeakMb: round(app.rssPeakKb / 1024, 1),
    buildSeconds: round(buildMs / 1000, 1),
  };
  const errorsMet = figures.errors === 0 && figures.uploads === USERS * CONTEXTS.length && submits === USERS;
  const rssMet = figures.appRssPeakMb < TARGET_RSS_MB;
  const met = errorsMet && rssMet;
  const verdicts: Verdict[] = [
    {
      benchmark: "upload-load",
      measure: `${USERS} users at once x 6 frames of ${Math.round(photo.length / 1000)} KB + submit, emulator +${LATENCY_MS} ms: errors`,
      ours: `${figures.errors} errors, ${figures.uploads} uploads, ${submits} submits; ${figures.uploadsPerSecond} uploads/s; p50/p95/p99 ${figures.uploadMs.p50}/${figures.uploadMs.p95}/${figures.uploadMs.p99} ms`,
      baseline: `emulator alone p50 ${figures.emulatorMediaMs.p50} ms per media upload`,
      target: "0 errors",
      met: errorsMet,
      missed: errorsMet
        ? undefined
        : `Errors: ${errors.slice(0, 3).join("; ")}. Next: read .data/bench/upload-load-app.log.`,
    },
    {
      benchmark: "upload-load",
      measure: "peak RSS of the app under that load; its overhead per upload",
      ours: `${figures.appRssPeakMb} MB; overhead ${figures.appOverheadMeanMs} ms per upload (mean)`,
      baseline: `emulator ${figures.emulatorMediaMs.mean} ms per upload (mean)`,
      target: `< ${TARGET_RSS_MB} MB`,
      met: rssMet,
      missed: rssMet
        ? undefined
        : "Over the memory target. Next: a heap snapshot at the peak; lower the process's upload budget (lib/http/upload-budget.ts).",
    },
  ];
  const markdown = `# upload-load benchmark

The upload route under load, production build (\`.next/standalone/server.js\`,
NODE_ENV=production, one instance) on a durable PostgreSQL (fsync on). ${USERS}
simulated end-users at once, each through an integrator-made link: consent, then
${CONTEXTS.length} frames (${CONTEXTS.join(", ")}) of ${photo.length} bytes one after the other
(binary POSTs, as the capture page sends them), then a submit. The app sends each
frame to the Veriff emulator (in the benchmark's process) with ${LATENCY_MS} ms added to
each of the emulator's answers. Baseline: the emulator's own time per media upload in
the same run; the app's overhead per upload is the mean upload time minus that.
Busy refusals (503 server_busy, 429) are sent again after their Retry-After, as the
page does, and counted apart; any other failure is an error.
${machineLine(started)}
Re-run with \`npm run bench\`.

| | figure |
|---|---|
| uploads acknowledged (201) / expected | ${figures.uploads} / ${USERS * CONTEXTS.length} |
| submits (200) / expected | ${submits} / ${USERS} |
| errors | ${figures.errors} |
| busy refusals, sent again | ${busyRetries.size ? [...busyRetries].map(([cause, count]) => `${count} x ${cause}`).join(", ") : "none"} |
| throughput | ${figures.uploadsPerSecond} uploads/s (${figures.megabytesPerSecond} MB/s of JPEG) |
| upload p50 / p95 / p99, ms | ${figures.uploadMs.p50} / ${figures.uploadMs.p95} / ${figures.uploadMs.p99} |
| emulator per media upload p50 / p95 (baseline), ms | ${figures.emulatorMediaMs.p50} / ${figures.emulatorMediaMs.p95} |
| app's overhead per upload (mean upload ${figures.uploadMs.mean} - mean emulator ${figures.emulatorMediaMs.mean}), ms | ${figures.appOverheadMeanMs} |
| app's peak RSS | ${figures.appRssPeakMb} MB |
| all ${USERS} users, start to last submit | ${figures.wholeRunSeconds} s |

The overhead includes waiting: with ${USERS} uploads at once on ${started.cores} cores, an upload's
time is mostly its turn for the CPU (reading the body, base64, gzip, HMAC, the
database), and the load generator and the emulator share the same cores.

Targets (issue 16): 0 errors: **${errorsMet ? "met" : "not met"}**; peak RSS under ${TARGET_RSS_MB} MB: **${rssMet ? "met" : "not met"}**.
${errors.length ? `\nErrors: ${errors.slice(0, 5).join("; ")}\n` : ""}`;
  writeResults("upload-load", { machine: started, verdicts, figures }, markdown);
  exitCode = met ? 0 : 1;
} catch (error) {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await app.stop();
  await emulator.close();
  await children.stopAll();
  await database.drop();
}
process.exit(exitCode);
