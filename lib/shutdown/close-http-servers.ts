import "server-only";
import diagnosticsChannel from "node:diagnostics_channel";
import type { Server } from "node:http";

// Next.js creates the HTTP server (start-server.js) and hands the app no
// handle to it; Node.js names every server that takes a request on this
// diagnostics channel. Known servers are closed at the end of a shutdown, as
// Next.js's own handler closes its server, so that the answers of the last
// requests are written out before the process exits.
const KEY = Symbol.for("veriff-capture.http-servers");
const shared = globalThis as typeof globalThis & { [KEY]?: Set<Server> };

/** Starts noting the HTTP servers of this process as they take their first request. */
export function watchHttpServers(): void {
  if (shared[KEY]) return;
  const servers = new Set<Server>();
  shared[KEY] = servers;
  diagnosticsChannel.subscribe("http.server.request.start", (message) => {
    servers.add((message as { server: Server }).server);
  });
}

/** How often connections that have become idle are closed while waiting. */
const POLL_MS = 25;

/**
 * Closes the servers: no new connection is taken, and each open one is closed
 * once its answer is written (a keep-alive connection would otherwise wait for
 * the client). Resolves when every one is closed, or after `ms`.
 */
export async function closeHttpServers(ms: number): Promise<void> {
  const servers = [...(shared[KEY] ?? [])];
  const closed = servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())));
  const poll = setInterval(() => servers.forEach((server) => server.closeIdleConnections()), POLL_MS);
  try {
    await Promise.race([Promise.all(closed), new Promise((resolve) => setTimeout(resolve, ms))]);
  } finally {
    clearInterval(poll);
  }
}
