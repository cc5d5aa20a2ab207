import { MAX_RETRY_DELAY_MS } from "./delivery-settings";

/**
 * How long to wait after the `failedTries`-th failed try (1 for the first):
 * exponential (base, 2x base, 4x base, ...) up to MAX_RETRY_DELAY_MS, then
 * "equal jitter": a random point between half and all of it, so that events
 * that failed together (the integrator was down) do not all come back at the
 * same instant. `random`: in [0, 1), injected by tests.
 */
export function retryDelayMs(failedTries: number, baseMs: number, random: () => number = Math.random): number {
  // 2^40 x base is past any cap: stop doubling before the number grows without need.
  const ceiling = Math.min(baseMs * 2 ** Math.min(Math.max(failedTries - 1, 0), 40), MAX_RETRY_DELAY_MS);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
