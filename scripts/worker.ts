// npm run worker [-- --once]: the background jobs (decision reconciliation,
// expiry, retention) in a loop, and beside it the delivery of webhooks to the
// integrator (when INTEGRATOR_WEBHOOK_URL is set), woken by PostgreSQL as
// soon as an event is written. `npm run dev` and `npm start` run one; run
// more anywhere: jobs and events are claimed through Postgres, never twice.
// Runs with --conditions=react-server so that the app's server-only modules load.
import { EnvError, serverEnv } from "../lib/env";
import { deliverDueEvents, runDeliveryLoop } from "../lib/integrator-webhooks/run-delivery-loop";
import { runJobs } from "../lib/jobs/run-jobs";
import { log } from "../lib/log";
import { serveMetrics } from "../lib/metrics/serve-metrics";

const once = process.argv.includes("--once");
let interval: number;
let delivering: boolean;
try {
  interval = serverEnv().JOBS_INTERVAL_SECONDS * 1000;
  delivering = serverEnv().INTEGRATOR_WEBHOOK_URL !== undefined;
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
// Its own counters, for Prometheus to scrape as it scrapes the app's (docs/operations.md, Metrics).
const { WORKER_METRICS_PORT, METRICS_TOKEN } = serverEnv();
if (!once && WORKER_METRICS_PORT) {
  if (METRICS_TOKEN) await serveMetrics(WORKER_METRICS_PORT);
  else log().warn("WORKER_METRICS_PORT is set but METRICS_TOKEN is not: the worker serves no metrics");
}

// SIGTERM: the job running finishes, no other is started (lib/jobs/run-jobs.ts), deliveries in flight are
// recorded, then the process exits 0; past SHUTDOWN_GRACE_MS it exits 1 at once, and the claims it held
// lapse in Postgres for another worker to take over.
const stop = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    if (stop.signal.aborted) return;
    stop.abort();
    log().info({ signal }, "worker stopping after the job in progress");
    setTimeout(() => {
      log().warn("worker: shutdown grace over, exiting with a job unfinished");
      process.exit(1);
    }, serverEnv().SHUTDOWN_GRACE_MS).unref();
  });
// Its own loop: a webhook waits for no jobs round, nor a round for a slow webhook.
const deliveries = delivering && !once ? runDeliveryLoop(stop.signal) : Promise.resolve();

do {
  try {
    const result = {
      ...(await runJobs(new Date(), stop.signal)),
      ...(delivering && once ? { delivered: await deliverDueEvents() } : {}),
    };
    if (once) console.log(JSON.stringify(result));
  } catch (error) {
    // A failed round (database away, say) is retried at the next tick.
    log().error({ err: error }, "background jobs round failed");
    if (once) process.exitCode = 1;
  }
  for (let waited = 0; !once && !stop.signal.aborted && waited < interval; waited += 250)
    await new Promise((resolve) => setTimeout(resolve, 250));
} while (!once && !stop.signal.aborted);
// Tries in flight finish (each within INTEGRATOR_WEBHOOK_TIMEOUT_MS) and are recorded before the process ends.
await deliveries;
log().info("worker stopped");
process.exit();
