// npm run bulk end to end: real bulk processes (children, as an operator runs
// them) against the real emulator over HTTP with its faults on, a database of
// this file's own, and Veriff's decision webhooks received by the app's route.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as receiveWebhook } from "@/app/api/webhooks/veriff/route";
import { db } from "@/lib/db";
import { childProcessEnv, serverEnv } from "@/lib/env";
import type { FaultSettings } from "../../emulator/faults";
import { type Harness } from "../../emulator/test/harness";
import { startAppWithEmulator } from "../../scripts/test-support/app-with-emulator";
import { makeBulkManifest, type MadeManifest } from "../../scripts/test-support/bulk-manifest";
import { separateDatabase } from "../../scripts/test-support/separate-database";
import { parseCsv } from "./parse-csv";

separateDatabase("bulk");

/** Every endpoint fails now and then, in every way the emulator can. */
const FAULTS: Partial<FaultSettings> = {
  seed: 17,
  endpoints: { "*": { status500Rate: 0.03, status429Rate: 0.03, dropRate: 0.01, dropResponseRate: 0.03 } },
  webhooks: { duplicate: true },
};
const DECIDED = ["approved", "declined", "resubmission_requested", "review"];

let harness: Harness;
let relay: http.Server;
let folder: string;

beforeAll(async () => {
  // The emulator's decision webhooks reach the app's own route, over HTTP.
  relay = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers))
        if (typeof value === "string") headers.set(name, value);
      const answer = await receiveWebhook(
        new Request("http://app/api/webhooks/veriff", { method: "POST", headers, body: Buffer.concat(chunks) }),
        {},
      ).catch(() => new Response(null, { status: 500 }));
      response.writeHead(answer.status).end(await answer.text());
    });
  });
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  harness = await startAppWithEmulator({
    decisionDelayMs: 200,
    webhookUrl: `http://127.0.0.1:${(relay.address() as AddressInfo).port}/webhooks`,
  });
  folder = await mkdtemp(path.join(os.tmpdir(), "bulk-test-"));
});

afterAll(async () => {
  await harness?.close();
  await new Promise<void>((resolve) => relay?.close(() => resolve()));
  if (folder) await rm(folder, { recursive: true, force: true });
});

interface Child {
  exited: Promise<number | null>;
  output: () => string;
  kill: (signal: NodeJS.Signals) => void;
}

function bulk(...args: string[]): Child {
  const { DATABASE_URL, VERIFF_API_URL, VERIFF_API_KEY, VERIFF_SHARED_SECRETS } = serverEnv();
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bulk.ts", ...args], {
    env: childProcessEnv({
      DATABASE_URL,
      VERIFF_API_URL,
      VERIFF_API_KEY,
      VERIFF_SHARED_SECRETS: VERIFF_SHARED_SECRETS.join(","),
      LOG_LEVEL: "silent",
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return {
    exited: new Promise((resolve) => child.once("exit", resolve)),
    output: () => output,
    kill: (signal) => child.kill(signal),
  };
}

const RUN = ["--lease-seconds", "4", "--max-tries", "30", "--progress-seconds", "1"];

async function manifestSha256(made: MadeManifest) {
  return createHash("sha256")
    .update(await readFile(made.file))
    .digest("hex");
}

async function batchOf(made: MadeManifest) {
  return db().bulkBatch.findUniqueOrThrow({ where: { manifestSha256: await manifestSha256(made) } });
}

interface EmulatorSession {
  id: string;
  vendorData: string | null;
  submitRequests: number;
  attempts: {
    status: string;
    decision: { status: string; code: number; reasonCode: number | null } | null;
    media: { id: string; context: string; width: number | null; height: number | null }[];
  }[];
}

async function emulatorSessions(): Promise<Map<string, EmulatorSession>> {
  const answer = (await (await fetch(`${harness.baseUrl}/__emulator/sessions`)).json()) as {
    sessions: EmulatorSession[];
  };
  return new Map(answer.sessions.map((session) => [session.id, session]));
}

/** Every good row submitted exactly once and decided, each image at Veriff once; every bad row invalid with its reason. */
async function expectBatchDone(made: MadeManifest, batchId: string) {
  const states = await db().bulkRow.findMany({
    where: { batchId },
    include: { session: true },
    orderBy: { rowNumber: "asc" },
  });
  expect(states).toHaveLength(made.good + made.bad.size);
  for (const row of states) {
    const bad = made.bad.get(row.rowNumber);
    if (bad)
      expect({ row: row.rowNumber, state: row.state, code: row.errorCode }).toEqual({
        row: row.rowNumber,
        state: "invalid",
        code: bad,
      });
    else expect({ row: row.rowNumber, state: row.state }).toEqual({ row: row.rowNumber, state: "submitted" });
  }
  // Decisions arrive by webhook (duplicated by the emulator), as for any session.
  await expect
    .poll(() => db().verificationSession.count({ where: { bulkBatchId: batchId, status: { in: DECIDED as never } } }), {
      timeout: 20_000,
      interval: 200,
    })
    .toBe(made.good);

  const rows = await db().bulkRow.findMany({
    where: { batchId },
    include: { session: true },
    orderBy: { rowNumber: "asc" },
  });
  const emulated = await emulatorSessions();
  for (const row of rows.filter((candidate) => candidate.state === "submitted")) {
    const session = emulated.get(row.session!.veriffSessionId!)!;
    expect(session.vendorData).toBe(row.session!.vendorData);
    expect({ row: row.rowNumber, patches: session.submitRequests }).toEqual({ row: row.rowNumber, patches: 1 });
    const [attempt] = session.attempts;
    expect(attempt!.decision!.status).toBe(row.session!.status);
    expect(attempt!.decision!.code).toBe(row.session!.decisionCode);
    // Each image once, however many of its answers were lost on the way.
    expect(attempt!.media.map((media) => media.context).sort()).toEqual(["document-back", "document-front", "face"]);
    expect(await db().mediaUpload.count({ where: { sessionId: row.sessionId!, status: "acknowledged" } })).toBe(3);
  }
  // Sessions whose create answer was lost (or whose process died before recording them) stay unused at Veriff.
  const ours = new Set(rows.map((row) => row.session?.veriffSessionId));
  const orphans = [...emulated.values()].filter(
    (session) => !ours.has(session.id) && session.vendorData?.startsWith(`bulk-${made.tag}-`),
  );
  expect(orphans.filter((session) => session.submitRequests > 0 || session.attempts[0]!.media.length > 0)).toEqual([]);
  return rows;
}

describe("npm run bulk", () => {
  it("sends a 200-row manifest with 5 % bad rows through a faulty Veriff: each good row submitted once and decided, the bad ones reported, and the report is Veriff's decisions", async () => {
    const made = await makeBulkManifest(path.join(folder, "two-hundred"), { rows: 200, badEvery: 20 });
    expect(made.bad.size).toBe(10);
    harness.emulator.faults.configure({ ...FAULTS, webhooks: {} });

    const dry = bulk(made.file, "--dry-run");
    expect(await dry.exited).toBe(0);
    expect(dry.output()).toContain("200 rows, 190 good, 10 bad");
    for (const [row, code] of made.bad) expect(dry.output()).toContain(`row ${row}: ${code}:`);
    expect(await db().bulkBatch.count()).toBe(0); // a dry run sends and records nothing

    const run = bulk(made.file, ...RUN);
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain("this process submitted 190, failed 0");
    const batch = await batchOf(made);
    const rows = await expectBatchDone(made, batch.id);

    // The images as Veriff got them: at most 1920 px, upright, without metadata.
    const session = (await emulatorSessions()).get(rows[0]!.session!.veriffSessionId!)!;
    const sizes = Object.fromEntries(
      session.attempts[0]!.media.map((media) => [media.context, [media.width, media.height]]),
    );
    expect(sizes).toEqual({ "document-front": [1920, 1201], "document-back": [1200, 750], face: [600, 800] });
    const face = session.attempts[0]!.media.find((media) => media.context === "face")!;
    const bytes = (await harness.api.get(`/media/${face.id}`, face.id)).raw;
    const metadata = await sharp(bytes).metadata();
    expect([metadata.orientation, metadata.exif, bytes.includes("TestCam")]).toEqual([undefined, undefined, false]);

    // The report: one line per row, each submitted row with Veriff's decision.
    const reportFile = path.join(folder, "report.csv");
    const report = bulk("report", batch.id, "--out", reportFile);
    expect(await report.exited).toBe(0);
    expect(report.output()).toContain("rows:      submitted 190, invalid 10");
    const [header, ...lines] = parseCsv(await readFile(reportFile, "utf8"));
    expect(lines).toHaveLength(200);
    const column = (name: string) => header!.indexOf(name);
    const emulated = await emulatorSessions();
    for (const line of lines) {
      const rowNumber = Number(line[column("row")]);
      const bad = made.bad.get(rowNumber);
      if (bad) {
        expect([line[column("row_state")], line[column("error_code")], line[column("session_id")]]).toEqual([
          "invalid",
          bad,
          "",
        ]);
        expect(line[column("error_message")]).not.toBe("");
        continue;
      }
      const decision = emulated.get(line[column("veriff_session_id")]!)!.attempts[0]!.decision!;
      expect([line[column("status")], line[column("decision_code")], line[column("decision_reason_code")]]).toEqual([
        decision.status,
        String(decision.code),
        decision.reasonCode === null ? "" : String(decision.reasonCode),
      ]);
    }
  }, 90_000);

  it("a run killed mid-batch, run again, finishes the same way: nothing submitted or uploaded twice", async () => {
    const made = await makeBulkManifest(path.join(folder, "killed"), { rows: 40, badEvery: 20 });
    harness.emulator.faults.configure({ ...FAULTS, seed: 23 });
    const sha = await manifestSha256(made);
    const first = bulk(made.file, ...RUN);
    await expect
      .poll(() => db().bulkRow.count({ where: { state: "submitted", batch: { manifestSha256: sha } } }), {
        timeout: 30_000,
        interval: 50,
      })
      .toBeGreaterThanOrEqual(10);
    first.kill("SIGKILL");
    await first.exited;
    const batch = await batchOf(made);
    const left = await db().bulkRow.count({
      where: { batchId: batch.id, state: { in: ["pending", "created", "uploaded"] } },
    });
    expect(left).toBeGreaterThan(0); // it really stopped part-way

    const again = bulk(made.file, ...RUN);
    expect(await again.exited).toBe(0);
    expect(again.output()).toContain(`continuing batch ${batch.id}`);
    await expectBatchDone(made, batch.id);
  }, 90_000);

  it("two processes on one batch share its rows and never work one twice", async () => {
    const made = await makeBulkManifest(path.join(folder, "shared"), { rows: 40, badEvery: 20 });
    // Slower answers, so the two overlap for most of the batch.
    harness.emulator.faults.configure({
      seed: 29,
      endpoints: { "*": { status500Rate: 0.02, status429Rate: 0.02, dropResponseRate: 0.02, latencyMs: 25 } },
      webhooks: {},
    });
    const processes = [bulk(made.file, ...RUN, "--concurrency", "4"), bulk(made.file, ...RUN, "--concurrency", "4")];
    expect(await Promise.all(processes.map((child) => child.exited))).toEqual([0, 0]);
    const submitted = processes.map((child) => Number(/this process submitted (\d+)/.exec(child.output())?.[1]));
    expect(submitted[0]! + submitted[1]!).toBe(made.good);
    expect(Math.min(...submitted)).toBeGreaterThan(0);
    await expectBatchDone(made, (await batchOf(made)).id);
  }, 90_000);
});
