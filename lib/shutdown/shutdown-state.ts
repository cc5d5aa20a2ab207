// One process's part in a graceful shutdown (lib/shutdown/drain-on-signal.ts).
// Route handlers and instrumentation.ts are bundled apart but share the
// process, and so globalThis: the state lives there. Nothing here is shared
// with other instances, nor needs to be: a claim this process holds is also a
// row in Postgres, and releasing it is a write there (release-claims.ts).

interface ShutdownState {
  /** Since SIGTERM: new requests are turned away, and readiness says not ready. */
  draining: boolean;
  /** Requests whose handler is running. */
  inFlight: number;
  /** Called each time inFlight drops to 0. */
  idleWaiters: Set<() => void>;
  /** Aborted when the grace is over: Veriff calls still on their way give up. */
  cutoff: AbortController;
  /** Frames this process claimed (their media_uploads rows) and has not finished sending. */
  claims: Set<string>;
}

const KEY = Symbol.for("veriff-capture.shutdown");
const shared = globalThis as typeof globalThis & { [KEY]?: ShutdownState };

export function shutdownState(): ShutdownState {
  shared[KEY] ??= {
    draining: false,
    inFlight: 0,
    idleWaiters: new Set(),
    cutoff: new AbortController(),
    claims: new Set(),
  };
  return shared[KEY];
}

/** Whether this process is shutting down: a new request is answered 503 server_busy. */
export function isDraining(): boolean {
  return shutdownState().draining;
}

/** Aborts when the shutdown's grace is over; never otherwise. */
export function cutoffSignal(): AbortSignal {
  return shutdownState().cutoff.signal;
}

/** Runs a request's handler, counted as in flight until it has answered. */
export async function trackRequest<T>(handler: () => Promise<T>): Promise<T> {
  const state = shutdownState();
  state.inFlight++;
  try {
    return await handler();
  } finally {
    if (--state.inFlight === 0) for (const wake of state.idleWaiters) wake();
  }
}

/** Resolves once no request is in flight, or after `ms`; true when none is. */
export function requestsFinished(ms: number): Promise<boolean> {
  const state = shutdownState();
  if (state.inFlight === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (idle: boolean) => {
      clearTimeout(timer);
      state.idleWaiters.delete(wake);
      resolve(idle);
    };
    const wake = () => done(true);
    const timer = setTimeout(() => done(false), ms);
    state.idleWaiters.add(wake);
  });
}

/**
 * Notes a frame this process is sending to Veriff (its row pending), so that
 * a shutdown that cuts the upload off releases it; call the returned function
 * once the row says how it ended.
 */
export function holdClaim(uploadId: string): () => void {
  const { claims } = shutdownState();
  claims.add(uploadId);
  return () => claims.delete(uploadId);
}
