import "server-only";
import { db } from "@/lib/db";
import { nextHandlesSignals, serverEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { closeHttpServers, watchHttpServers } from "./close-http-servers";
import { releaseClaims } from "./release-claims";
import { requestsFinished, shutdownState } from "./shutdown-state";

/** After the cut-off, how long handlers get to record how their aborted Veriff call ended. */
const SETTLE_MS = 2_000;
/** At the end, how long the last answers get to be written out. */
const FLUSH_MS = 2_000;

/**
 * The app's graceful shutdown, installed by instrumentation.ts. On SIGTERM (or
 * SIGINT): new requests are answered 503 server_busy with Retry-After and
 * readiness says not ready, so a load balancer drains this instance; requests
 * in flight (uploads, submits) get SHUTDOWN_GRACE_MS to finish; then Veriff
 * calls still on their way are aborted, the frames they carried released
 * (release-claims.ts), the server closed once the last answers are written,
 * and the process exits 0.
 *
 * Next.js's own handler (start-server.js) closes the listener, waits for open
 * connections without a bound, and exits 143; in `next dev` it drops them at
 * once. NEXT_MANUAL_SIG_HANDLE, Next.js's switch for this, turns it off: the
 * launcher sets it for `next start` and `next dev`, and the standalone
 * server.js sets it itself (scripts/finish-build.ts).
 */
export function drainOnSignal(): void {
  if (nextHandlesSignals()) {
    log().warn(
      "NEXT_MANUAL_SIG_HANDLE is not set: Next.js handles SIGTERM too, and may end the process before uploads in flight are released",
    );
  }
  watchHttpServers();
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void drain(signal));
}

async function drain(signal: NodeJS.Signals): Promise<void> {
  const state = shutdownState();
  if (state.draining) return;
  state.draining = true;
  const graceMs = serverEnv().SHUTDOWN_GRACE_MS;
  log().info({ signal, inFlight: state.inFlight, graceMs }, "shutting down: new requests are turned away");
  let exitCode = 0;
  try {
    if (!(await requestsFinished(graceMs))) {
      log().warn({ inFlight: state.inFlight }, "shutdown grace over: cutting off the requests still in flight");
      state.cutoff.abort();
      await requestsFinished(SETTLE_MS);
    }
    const released = await releaseClaims(state.claims);
    if (released) log().warn({ released }, "released frames whose upload was cut off; their retry asks Veriff first");
    await closeHttpServers(FLUSH_MS);
    await db().$disconnect();
  } catch (error) {
    log().error({ err: error }, "shutdown could not release what this process held");
    exitCode = 1;
  }
  log().info({ exitCode }, "stopped");
  process.exit(exitCode);
}
