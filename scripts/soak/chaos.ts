// The faults the soak causes itself, each at a moment chosen so that it hits
// work in flight: the app killed (SIGKILL) while frames are on their way to
// Veriff, killed again while submits are, and PostgreSQL restarted while
// frames are (each of them writes once Veriff has answered). Each is recorded with what was in flight when it struck.
import type { AppProcess } from "./app-process";
import type { Metrics } from "./metrics";
import { sleep } from "./random";
import type { SoakDatabase } from "./soak-database";

export interface ChaosEvent {
  name: string;
  /** Seconds since the soak started. */
  at: number;
  /** Requests in flight at that moment, by route. */
  inFlight: Record<string, number>;
  /** What the event was aimed at, and how many of it were in flight. */
  target: string;
  hits: number;
  /** Seconds since the soak started when the app or database was back. */
  backAt?: number;
}

const FRAMES = "POST …/frames";
const SUBMITS = "POST …/submit";
/** Between two events, so that the first one's recovery is under way before the next strikes. */
const SPACING_MS = 10_000;

export async function runChaos(options: {
  app: AppProcess;
  database: SoakDatabase;
  metrics: Metrics;
  /** True once every user is done: nothing left to hit. */
  trafficDone: () => boolean;
}): Promise<ChaosEvent[]> {
  const { app, database, metrics, trafficDone } = options;
  const events: ChaosEvent[] = [];
  const strike = async (name: string, target: string, wanted: number, act: () => Promise<void>) => {
    const hits = await whenInFlight(metrics, target, wanted, trafficDone);
    const event: ChaosEvent = {
      name,
      at: metrics.elapsed(),
      inFlight: Object.fromEntries([...metrics.inFlight].filter(([, count]) => count > 0)),
      target,
      hits,
    };
    events.push(event);
    metrics.note(`${name}: ${hits} ${event.target} in flight`);
    await act();
    event.backAt = metrics.elapsed();
  };
  const restartApp = async () => {
    await app.kill();
    await sleep(1_000);
    const ms = await app.start();
    metrics.note(`app started again (ready in ${ms} ms)`);
  };

  await sleep(5_000);
  await strike("app killed (SIGKILL) during uploads", FRAMES, 4, restartApp);
  await sleep(SPACING_MS);
  await strike("app killed (SIGKILL) during submits", SUBMITS, 2, restartApp);
  await sleep(SPACING_MS);
  await strike("PostgreSQL restarted", FRAMES, 3, async () => {
    const { stoppedAt, startedAt } = await database.restart(3_000);
    metrics.note(`PostgreSQL back after ${((startedAt - stoppedAt) / 1000).toFixed(1)} s down`);
  });
  return events;
}

/**
 * Waits until at least `wanted` requests of `route` are in flight; after 30 s,
 * one will do. Returns how many were in flight when it struck (0 when traffic
 * ended first).
 */
async function whenInFlight(
  metrics: Metrics,
  route: string,
  wanted: number,
  trafficDone: () => boolean,
): Promise<number> {
  const since = Date.now();
  for (;;) {
    const now = metrics.inFlightOf(route);
    if (now >= wanted || (now >= 1 && Date.now() - since > 30_000) || trafficDone()) return now;
    await sleep(10);
  }
}
