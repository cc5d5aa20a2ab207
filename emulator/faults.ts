// Deterministic fault injection: given the same seed and the same sequence of
// calls, the same calls fail, so a resilience test that fails can be replayed.
import { mulberry32, seedOf } from "./seeded-random";

export interface EndpointFaults {
  /** Share of calls answered 500 (0..1). */
  status500Rate?: number;
  /** Share of calls answered 429 with Retry-After (0..1). */
  status429Rate?: number;
  /** Share of calls whose connection is dropped without an answer, before they are handled (0..1). */
  dropRate?: number;
  /** Share of calls that are handled, then their connection dropped before the answer: a lost answer (0..1). */
  dropResponseRate?: number;
  /** Added before every answer. */
  latencyMs?: number;
}

export interface WebhookFaults {
  /** Deliver every webhook twice. */
  duplicate?: boolean;
  /** Hold event webhooks back until the attempt's decision webhook has gone. */
  outOfOrder?: boolean;
  /** Wait this long before each delivery. */
  delayMs?: number;
}

export interface FaultSettings {
  seed: number;
  /** Keyed by route name, e.g. "POST /sessions/{id}/media"; "*" applies to every route. */
  endpoints: Record<string, EndpointFaults>;
  webhooks: WebhookFaults;
}

export type FaultAction = "none" | "500" | "429" | "drop" | "drop-response";

export class Faults {
  private generators = new Map<string, () => number>();

  constructor(private settings: FaultSettings) {}

  get current(): FaultSettings {
    return this.settings;
  }

  configure(settings: Partial<FaultSettings>): void {
    this.settings = {
      seed: settings.seed ?? this.settings.seed,
      endpoints: settings.endpoints ?? this.settings.endpoints,
      webhooks: settings.webhooks ?? this.settings.webhooks,
    };
    this.generators.clear();
  }

  /** What happens to this call of `route`. */
  next(route: string): { action: FaultAction; latencyMs: number } {
    const faults = this.settings.endpoints[route] ?? this.settings.endpoints["*"];
    if (!faults) return { action: "none", latencyMs: 0 };
    const roll = this.generator(route)();
    const drop = faults.dropRate ?? 0;
    const error500 = drop + (faults.status500Rate ?? 0);
    const error429 = error500 + (faults.status429Rate ?? 0);
    const dropResponse = error429 + (faults.dropResponseRate ?? 0);
    const action: FaultAction =
      roll < drop
        ? "drop"
        : roll < error500
          ? "500"
          : roll < error429
            ? "429"
            : roll < dropResponse
              ? "drop-response"
              : "none";
    return { action, latencyMs: faults.latencyMs ?? 0 };
  }

  private generator(route: string): () => number {
    let generator = this.generators.get(route);
    if (!generator) {
      generator = mulberry32(seedOf(`${this.settings.seed}:${route}`));
      this.generators.set(route, generator);
    }
    return generator;
  }
}

export const NO_FAULTS = (seed: number): FaultSettings => ({ seed, endpoints: {}, webhooks: {} });
