// One end-user (and the integrator who made their link), over real HTTP, as
// the capture page behaves (lib/capture/browser/upload-frame.ts): every frame
// carries the page's own id, the same on every retry; no answer, 429, 500,
// 502, 503 and 504 are tried again with backoff, honouring Retry-After; a
// frame still on its way in an earlier request (409 frame_in_progress) is
// asked after (GET …/frames/{id}: 200 acknowledged, 202 pending, 404 send it
// again). Unlike the page, the user never gives up: they press "Try again"
// until the soak's deadline, which is a failure of its own.
import { randomUUID } from "node:crypto";
import { captureContexts } from "../../lib/capture/required-frames";
import { isOpenForCapture } from "../../lib/sessions/lifecycle";
import type { AppClient, Answer, CallInit } from "./app-client";
import type { FramePhotos } from "./frames";
import type { Metrics } from "./metrics";
import { sleep, type Random } from "./random";

/** What Veriff decides, as the emulator is told: "resubmitted" asks for a second attempt, then approves. */
export type PlannedOutcome = "approved" | "declined" | "review" | "resubmitted";

export interface SessionPlan {
  index: number;
  outcome: PlannedOutcome;
}

export interface SentFrame {
  frameId: string;
  context: string;
  attemptNumber: number;
  /** Our row's id and Veriff's media id, as the app's 201 (or the frame's status) gave them. */
  uploadId: string;
  veriffMediaId: string;
}

export interface SessionRecord {
  plan: SessionPlan;
  id?: string;
  veriffSessionId?: string;
  frames: SentFrame[];
  /** The status the user saw last: the decision. */
  decided?: string;
  failed?: string;
}

export interface UserDeps {
  client: AppClient;
  integrator: AppClient;
  integratorKey: string;
  photos: FramePhotos;
  metrics: Metrics;
  random: Random;
  /** Epoch ms after which a user gives up (and the soak fails). */
  deadline: number;
  /** Tells the emulator to ask this session for a second attempt. */
  askForResubmission: (veriffSessionId: string) => void;
}

interface CaptureStateView {
  status: string;
  attemptNumber: number;
  decision: { status: string } | null;
}

const CONTEXTS = captureContexts({ documentType: "PASSPORT", proofOfAddress: "none" });
const FRAMES = "POST …/frames";
const FRAME_TIMEOUT_MS = 90_000;
const FRAME_STATUS_POLL_MS = 2_000;
const STATE_POLL_MS = 1_000;
/** The camera takes a frame about this often; the uploads run in the background meanwhile. */
const SHOT_INTERVAL_MS = 600;
const FIRST_NAMES: Record<PlannedOutcome, string> = {
  approved: "Alex",
  // The emulator's magic first names decide these (emulator/decisions.ts).
  declined: "decline",
  review: "review",
  resubmitted: "Alex",
};

class GaveUp extends Error {}

export class SimulatedUser {
  constructor(private readonly deps: UserDeps) {}

  async run(plan: SessionPlan): Promise<SessionRecord> {
    const record: SessionRecord = { plan, frames: [] };
    try {
      const created = await this.createSession(plan);
      Object.assign(record, { id: created.id, veriffSessionId: created.veriffSessionId });
      if (plan.outcome === "resubmitted") this.deps.askForResubmission(created.veriffSessionId);
      const capture = `/api/capture/${created.token}`;
      await this.expect("POST …/consent", `${capture}/consent`, json({ locale: "en" }), [200]);
      const device = { fingerprint: `soak-device-${plan.index}`, language: "en", userAgent: "soak", timezone: "UTC" };
      await this.expect("POST …/collected-data", `${capture}/collected-data`, json(device), [202]);
      for (let attempt = 1; ; attempt++) {
        const shots = CONTEXTS.map(async (context, shot) => {
          await sleep(shot * SHOT_INTERVAL_MS);
          record.frames.push(await this.sendFrame(capture, context, attempt));
        });
        await Promise.all(shots);
        await this.submit(capture, attempt);
        const state = await this.awaitDecision(capture, attempt);
        if (state.status === "resubmission_requested" && attempt < 3) continue;
        record.decided = state.status;
        return record;
      }
    } catch (error) {
      record.failed = error instanceof Error ? error.message : String(error);
      this.deps.metrics.problem(`session ${plan.index}: ${record.failed}`);
      return record;
    }
  }

  private async createSession(plan: SessionPlan) {
    const body = {
      person: { firstName: FIRST_NAMES[plan.outcome], lastName: "Soak" },
      document: { type: "PASSPORT", country: "EE" },
      vendorData: `soak-${plan.index}`,
    };
    const answer = await this.expect("POST /api/sessions", "/api/sessions", json(body), [201], this.deps.integrator, {
      authorization: `Bearer ${this.deps.integratorKey}`,
    });
    const created = answer.json as { id: string; veriffSessionId: string; captureUrl: string };
    return { ...created, token: new URL(created.captureUrl).pathname.split("/").pop()! };
  }

  /** Sends one frame until the app acknowledges it. */
  private async sendFrame(capture: string, context: string, attemptNumber: number): Promise<SentFrame> {
    const { client, metrics, photos } = this.deps;
    const frameId = randomUUID();
    const bytes = photos.photo(context, frameId);
    const path = `${capture}/frames?context=${context}&frame=${frameId}`;
    const started = Date.now();
    const acknowledged = (frame: unknown): SentFrame => {
      metrics.frameTotalMs.push(Date.now() - started);
      const { id, veriffMediaId } = frame as { id: string; veriffMediaId: string };
      return { frameId, context, attemptNumber, uploadId: id, veriffMediaId };
    };
    const init: CallInit = {
      method: "POST",
      headers: { "content-type": "image/jpeg" },
      body: new Uint8Array(bytes),
      timeoutMs: FRAME_TIMEOUT_MS,
    };
    for (let failures = 0; ;) {
      this.checkDeadline(`frame ${context}`);
      const sent = Date.now();
      const answer = await client.call(FRAMES, path, init);
      if (answer.status === 201) {
        metrics.frameRequestMs.push(Date.now() - sent);
        return acknowledged(answer.json?.frame);
      }
      if (answer.code === "frame_in_progress") {
        metrics.retried("409 frame_in_progress: asked where it stands");
        const frame = await this.whenSettled(`${capture}/frames/${frameId}`, context);
        if (frame) return acknowledged(frame);
        metrics.retried("404 frame unknown: sent again");
        continue;
      }
      const cause = client.retryCause(answer);
      if (!cause) throw new Error(`frame ${context}: unexpected ${describe(answer)}`);
      metrics.retried(cause);
      await client.backoff(failures++, answer);
    }
  }

  /** A frame on its way in an earlier request: its acknowledgement, or null when it must be sent again. */
  private async whenSettled(statusPath: string, context: string): Promise<unknown> {
    for (;;) {
      this.checkDeadline(`frame ${context} (on its way)`);
      await sleep(FRAME_STATUS_POLL_MS);
      const answer = await this.deps.client.call("GET …/frames/{id}", statusPath, { method: "GET" });
      if (answer.status === 200) return answer.json?.frame;
      if (answer.status === 404 && answer.json?.state === "unknown") return null;
      if (answer.status === 202) continue;
      const cause = this.deps.client.retryCause(answer);
      if (!cause) throw new Error(`frame ${context} status: unexpected ${describe(answer)}`);
      this.deps.metrics.retried(cause);
    }
  }

  /**
   * Submits attempt `attempt` until the app says it is submitted, or the
   * session shows it has moved past it (another request's submit landed: a
   * claim held by a request that died is taken over after its lease).
   */
  private async submit(capture: string, attempt: number): Promise<void> {
    const { client, metrics } = this.deps;
    for (let failures = 0; ;) {
      this.checkDeadline(`submit of attempt ${attempt}`);
      const answer = await client.call("POST …/submit", `${capture}/submit`, { method: "POST" });
      if (answer.status === 200) return;
      if (answer.status === 202 || answer.code === "already_submitted") {
        metrics.retried(`${answer.status} ${answer.code ?? "submitting"}: asked again`);
        await sleep(2_000);
        const state = await this.readState(capture);
        if (state && (state.attemptNumber > attempt || !isOpenForCapture(state.status))) return;
        continue;
      }
      const cause = client.retryCause(answer);
      if (!cause) throw new Error(`submit: unexpected ${describe(answer)}`);
      metrics.retried(cause);
      await client.backoff(failures++, answer);
    }
  }

  /** Polls the capture's state, as the status page does, until Veriff's decision on `attempt` shows. */
  private async awaitDecision(capture: string, attempt: number): Promise<CaptureStateView> {
    for (;;) {
      this.checkDeadline(`decision of attempt ${attempt}`);
      await sleep(STATE_POLL_MS);
      const state = await this.readState(capture);
      if (!state?.decision) continue;
      // A resubmission request is the decision on the attempt before the one it opens.
      if (state.status !== "resubmission_requested" || state.attemptNumber > attempt) return state;
    }
  }

  private async readState(capture: string): Promise<CaptureStateView | null> {
    const answer = await this.deps.client.call("GET /api/capture/{token}", capture, { method: "GET" });
    if (answer.status === 200) return answer.json as unknown as CaptureStateView;
    const cause = this.deps.client.retryCause(answer);
    if (!cause) throw new Error(`capture state: unexpected ${describe(answer)}`);
    this.deps.metrics.retried(cause);
    return null;
  }

  /** Sends until an answer in `expected` comes; retries what is worth it, fails on anything else. */
  private async expect(
    route: string,
    path: string,
    body: string,
    expected: number[],
    client = this.deps.client,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    for (let failures = 0; ;) {
      this.checkDeadline(route);
      const answer = await client.call(route, path, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
      });
      if (expected.includes(answer.status)) return answer;
      const cause = client.retryCause(answer);
      if (!cause) throw new Error(`${route}: unexpected ${describe(answer)}`);
      this.deps.metrics.retried(cause);
      await client.backoff(failures++, answer);
    }
  }

  private checkDeadline(what: string): void {
    if (Date.now() > this.deps.deadline) throw new GaveUp(`gave up at the deadline, waiting for ${what}`);
  }
}

const json = (value: unknown) => JSON.stringify(value);

function describe(answer: Answer): string {
  return answer.status ? `${answer.status} ${answer.code ?? ""}`.trim() : "no answer";
}
