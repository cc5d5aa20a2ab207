import "server-only";
import http from "node:http";
import { operatorAccessOf } from "@/lib/http/operator-token";
import { log } from "@/lib/log";
import { renderMetrics } from "./render-metrics";

/**
 * A worker's metrics (it has no web server of its own): GET /metrics on
 * `port`, for a bearer METRICS_TOKEN, as the app's /api/metrics answers:
 * what this worker counted (webhook deliveries to the integrator, its Veriff
 * calls) and the gauges read from PostgreSQL. Resolves once it listens.
 */
export async function serveMetrics(port: number, host = "0.0.0.0"): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://worker").pathname;
    if (request.method !== "GET" || path !== "/metrics") return response.writeHead(404).end();
    const access = operatorAccessOf(request.headers.authorization);
    if (access !== "granted") {
      return response
        .writeHead(
          access === "off" ? 404 : 401,
          access === "off" ? {} : { "www-authenticate": 'Bearer realm="metrics"' },
        )
        .end();
    }
    renderMetrics().then(
      ({ body, contentType }) => response.writeHead(200, { "content-type": contentType }).end(body),
      (error: unknown) => {
        log().error({ err: error }, "worker metrics could not be rendered");
        response.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
