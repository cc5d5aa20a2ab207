// The Veriff emulator as the soak runs it, in this process: faults on every
// endpoint, seeded so a run repeats, and counts of what it did that the
// checks compare with the database (submits per attempt, faults injected).
import { randomBytes, randomUUID } from "node:crypto";
import { Emulator } from "../../emulator/emulator";
import type { EndpointFaults, FaultAction } from "../../emulator/faults";
import type { Session } from "../../emulator/store";

/**
 * About 30 % of calls fail with 500 or 429 (Retry-After: 1), 4 % lose their
 * connection before they are handled and 6 % lose their answer after they
 * were handled, all with added latency; media uploads are slower, as real
 * ones are, so that a kill finds some on their way.
 */
const EVERY_CALL: EndpointFaults = {
  status500Rate: 0.15,
  status429Rate: 0.15,
  dropRate: 0.04,
  dropResponseRate: 0.06,
  latencyMs: 60,
};
const MEDIA_UPLOAD: EndpointFaults = { ...EVERY_CALL, latencyMs: 400 };
/** A decision follows its submit this soon, by webhook. */
const DECISION_DELAY_MS = 1_500;

export class CountingEmulator extends Emulator {
  /** PATCH submitted calls that Veriff carried out, by attempt id. */
  readonly submitsByAttempt = new Map<string, number>();
  /** Faults injected, by action ("500", "429", "drop", "drop-response"). */
  readonly faultsInjected = new Map<FaultAction, number>();
  /** Calls of each route the fault injection saw. */
  readonly callsByRoute = new Map<string, number>();

  override submit(session: Session): void {
    const attempt = this.store.currentAttempt(session);
    this.submitsByAttempt.set(attempt.id, (this.submitsByAttempt.get(attempt.id) ?? 0) + 1);
    super.submit(session);
  }

  /** Starts counting what the fault injection decides. */
  countFaults(): void {
    const decide = this.faults.next.bind(this.faults);
    this.faults.next = (route) => {
      const decision = decide(route);
      this.callsByRoute.set(route, (this.callsByRoute.get(route) ?? 0) + 1);
      if (decision.action !== "none")
        this.faultsInjected.set(decision.action, (this.faultsInjected.get(decision.action) ?? 0) + 1);
      return decision;
    };
  }
}

export interface StartedEmulator {
  emulator: CountingEmulator;
  /** The app's Veriff settings for it. */
  clientEnv: { VERIFF_API_URL: string; VERIFF_API_KEY: string; VERIFF_SHARED_SECRETS: string };
}

export async function startFaultyEmulator(options: {
  port: number;
  webhookUrl: string;
  seed: number;
  log: (message: string) => void;
}): Promise<StartedEmulator> {
  // Fresh credentials per run: nothing else could sign for this emulator.
  const apiKey = randomUUID();
  const secret = randomBytes(24).toString("base64url");
  const emulator = new CountingEmulator({
    apiKey,
    sharedSecrets: [secret],
    webhookUrl: options.webhookUrl,
    decisionDelayMs: DECISION_DELAY_MS,
    strict: true,
    pdfEnabled: false,
    webhookTimeScale: 3_600, // Veriff's hourly webhook retries, once a second
    faultSeed: options.seed,
    log: options.log,
  });
  emulator.faults.configure({
    seed: options.seed,
    endpoints: { "*": EVERY_CALL, "POST /sessions/{id}/media": MEDIA_UPLOAD },
  });
  emulator.countFaults();
  const baseUrl = await emulator.listen(options.port);
  return {
    emulator,
    clientEnv: { VERIFF_API_URL: `${baseUrl}/v1`, VERIFF_API_KEY: apiKey, VERIFF_SHARED_SECRETS: secret },
  };
}
