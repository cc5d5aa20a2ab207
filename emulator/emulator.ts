// The Veriff emulator: state, lifecycle rules and the HTTP server around them.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Clock } from "./clock";
import { automaticOutcome, capAttempts, decisionObject, OUTCOMES } from "./decisions";
import { Faults, NO_FAULTS } from "./faults";
import { handleRequest } from "./router";
import { OPEN_STATUSES, Store, type Decision, type Session } from "./store";
import { Webhooks } from "./webhooks";
import { VERIFF_SESSION_LIFETIME_MS } from "../lib/veriff/session-lifetime";

export interface EmulatorConfig {
  apiKey: string;
  /** All accepted on requests; the first (master) signs responses and webhooks. */
  sharedSecrets: string[];
  webhookUrl?: string;
  decisionDelayMs: number;
  /** Refuse images whose longer side is over 1920 px (otherwise accept and flag them). */
  strict: boolean;
  pdfEnabled: boolean;
  webhookTimeScale: number;
  faultSeed: number;
  log?: (message: string) => void;
}

export class Emulator {
  readonly store = new Store();
  readonly clock = new Clock();
  readonly faults: Faults;
  readonly webhooks: Webhooks;
  readonly log: (message: string) => void;
  /** Base URL once listening, e.g. http://127.0.0.1:8100 (media URLs and session links use it). */
  baseUrl = "";
  /** DELETE /sessions calls, for Veriff's 5 per hour / 10 per day limit. */
  readonly deletions: Date[] = [];
  private server?: http.Server;
  private expirySweep?: NodeJS.Timeout;

  constructor(readonly config: EmulatorConfig) {
    this.log = config.log ?? (() => {});
    this.faults = new Faults(NO_FAULTS(config.faultSeed));
    this.webhooks = new Webhooks({
      url: config.webhookUrl,
      apiKey: config.apiKey,
      masterSecret: config.sharedSecrets[0] ?? "",
      timeScale: config.webhookTimeScale,
      faults: () => this.faults.current.webhooks,
      log: this.log,
    });
  }

  async listen(port: number, host = "127.0.0.1"): Promise<string> {
    this.server = http.createServer((request, response) => void handleRequest(this, request, response));
    await new Promise<void>((resolve, reject) => {
      this.server?.once("error", reject);
      this.server?.listen(port, host, () => resolve());
    });
    const address = this.server.address() as AddressInfo;
    this.baseUrl = `http://${host}:${address.port}`;
    this.expirySweep = setInterval(() => this.expireStaleSessions(), 60_000);
    this.expirySweep.unref();
    return this.baseUrl;
  }

  async close(): Promise<void> {
    clearInterval(this.expirySweep);
    this.webhooks.close();
    this.store.reset();
    const closed = new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections(); // idle keep-alive connections would hold close() open
    await closed;
  }

  reset(): void {
    this.store.reset();
    this.webhooks.reset();
    this.faults.configure(NO_FAULTS(this.config.faultSeed));
    this.clock.reset();
    this.deletions.length = 0;
  }

  /** The session, after applying Veriff's 7-day expiry; undefined when unknown or deleted. */
  session(id: string): Session | undefined {
    const session = this.store.sessions.get(id);
    if (session) this.expireIfStale(session);
    return session;
  }

  isOpen(session: Session): boolean {
    return OPEN_STATUSES.includes(session.status);
  }

  /** The first upload of an attempt starts it (event webhook 7001). */
  markStarted(session: Session): void {
    const attempt = this.store.currentAttempt(session);
    if (attempt.status !== "created") return;
    attempt.status = "started";
    session.status = "started";
    this.sendEvent(session, 7001, "started");
  }

  submit(session: Session): void {
    const attempt = this.store.currentAttempt(session);
    attempt.status = "submitted";
    attempt.submittedAt = this.clock.now();
    session.status = "submitted";
    this.sendEvent(session, 7002, "submitted");
    // A scripted outcome decides this attempt only; the next one is decided by the rules again.
    const outcome = session.nextOutcome ?? automaticOutcome(session);
    session.nextOutcome = undefined;
    attempt.decisionTimer = setTimeout(() => this.decide(session, outcome), this.config.decisionDelayMs);
    attempt.decisionTimer.unref();
  }

  /** Decides the current attempt and tells the webhook URL; a resubmission request opens the next attempt. */
  decide(
    session: Session,
    outcome: Pick<Decision, "status" | "code" | "reason" | "reasonCode">,
    data: Partial<Pick<Decision, "person" | "document">> = {},
  ): Decision {
    const attempt = this.store.currentAttempt(session);
    clearTimeout(attempt.decisionTimer);
    const now = this.clock.now();
    const final = capAttempts(outcome, session);
    const decision: Decision = {
      ...final,
      person: { ...session.person, ...data.person },
      document: { ...session.document, ...data.document },
      decisionTime: now,
      acceptanceTime: attempt.submittedAt ?? attempt.createdAt,
    };
    attempt.decision = decision;
    attempt.status = decision.status;
    session.status = decision.status;
    this.webhooks.send(
      "decision",
      {
        status: "success",
        verification: decisionObject(session, attempt, decision),
        technicalData: { ip: "127.0.0.1" },
      },
      { sessionId: session.id, attemptId: attempt.id },
    );
    if (decision.status === "resubmission_requested") this.store.openNewAttempt(session, now);
    return decision;
  }

  expireStaleSessions(): void {
    for (const session of this.store.sessions.values()) this.expireIfStale(session);
  }

  private expireIfStale(session: Session): void {
    // Only sessions still waiting for the end-user expire; submitted ones are Veriff's to decide.
    if (!this.isOpen(session)) return;
    if (this.clock.now().getTime() - session.createdAt.getTime() < VERIFF_SESSION_LIFETIME_MS) return;
    // Never started: expired. Started (or asked to resubmit) but not finished: abandoned.
    this.decide(session, session.status === "created" ? OUTCOMES.expired : OUTCOMES.abandoned);
  }

  private sendEvent(session: Session, code: number, action: string): void {
    const attempt = this.store.currentAttempt(session);
    this.webhooks.send(
      "event",
      {
        id: session.id,
        attemptId: attempt.id,
        feature: "selfid",
        code,
        action,
        vendorData: session.vendorData,
        endUserId: session.endUserId,
      },
      { sessionId: session.id, attemptId: attempt.id },
    );
  }
}
