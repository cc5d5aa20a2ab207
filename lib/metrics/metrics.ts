// Every Prometheus metric the app exposes, in one registry, served at
// /api/metrics (app/api/metrics/route.ts). Counters and histograms count what
// happened in this process since it started: Prometheus sums them over the
// instances. The gauges read from PostgreSQL at scrape time
// (read-database-gauges.ts) are the same on every instance: take their max,
// not their sum.
// No database or server-only import here: the Veriff client counts through it wherever it runs.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

function createMetrics() {
  const registry = new Registry();
  // CPU, memory, event-loop lag, open handles: what says an instance is overloaded.
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpRequestSeconds: new Histogram({
      name: "http_request_duration_seconds",
      help: "API requests by route (its name in the code, never the URL: capture links carry a token), method and HTTP status. Frame uploads are route capture.frames and sessions.frames.",
      labelNames: ["route", "method", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    }),
    framesTotal: new Counter({
      name: "capture_frames_total",
      help: "Frames sent to the frame routes by outcome: acknowledged (Veriff has it), or the refusal's code.",
      labelNames: ["outcome"] as const,
      registers,
    }),
    submitsTotal: new Counter({
      name: "capture_submits_total",
      help: "Submit requests by outcome: submitted, submitting (another request's submit is on its way), or the refusal's code.",
      labelNames: ["outcome"] as const,
      registers,
    }),
    veriffRequestSeconds: new Histogram({
      name: "veriff_request_duration_seconds",
      help: "Each try of a Veriff call by endpoint (Veriff's name for it, no ids) and HTTP status, or timeout / network when none came.",
      labelNames: ["endpoint", "status"] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60],
      registers,
    }),
    veriffRetriesTotal: new Counter({
      name: "veriff_retries_total",
      help: "Veriff calls sent again, by endpoint and the reason of the failed try (an HTTP status, timeout or network).",
      labelNames: ["endpoint", "reason"] as const,
      registers,
    }),
    veriffWebhooksTotal: new Counter({
      name: "veriff_webhooks_received_total",
      help: "Webhooks from Veriff by outcome: stored, duplicate, failed (stored, could not be applied), or the refusal's code.",
      labelNames: ["outcome"] as const,
      registers,
    }),
    integratorDeliveriesTotal: new Counter({
      name: "integrator_webhook_deliveries_total",
      help: "Tries to deliver a webhook to the integrator, by outcome. Counted by the process that delivers (a worker).",
      labelNames: ["outcome"] as const,
      registers,
    }),
    jobLagSeconds: new Gauge({
      name: "background_job_lag_seconds",
      help: "How long the oldest due piece of background work has been waiting, by job (0: nothing due). From PostgreSQL; the same on every instance.",
      labelNames: ["job"] as const,
      registers,
    }),
    sessions: new Gauge({
      name: "verification_sessions",
      help: "Verification sessions by status. From PostgreSQL (refreshed at most every 10 s); the same on every instance.",
      labelNames: ["status"] as const,
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

// Kept on globalThis: Next.js may load this module once per route bundle, and
// a metric registered twice would count in two places (or throw).
const cache = globalThis as typeof globalThis & { veriffCaptureMetrics?: Metrics };

export function metrics(): Metrics {
  cache.veriffCaptureMetrics ??= createMetrics();
  return cache.veriffCaptureMetrics;
}

export function observeRequest(route: string, method: string, status: number, seconds: number): void {
  metrics().httpRequestSeconds.observe({ route, method, status: String(status) }, seconds);
}

export function countFrame(outcome: string): void {
  metrics().framesTotal.inc({ outcome });
}

export function countSubmit(outcome: string): void {
  metrics().submitsTotal.inc({ outcome });
}

export function observeVeriffTry(endpoint: string, status: number | string, seconds: number): void {
  metrics().veriffRequestSeconds.observe({ endpoint, status: String(status) }, seconds);
}

export function countVeriffRetry(endpoint: string, reason: number | string): void {
  metrics().veriffRetriesTotal.inc({ endpoint, reason: String(reason) });
}

export function countVeriffWebhook(outcome: string): void {
  metrics().veriffWebhooksTotal.inc({ outcome });
}

/** The integrator webhook outbox's delivery calls this once per try (e.g. delivered, retry, failed). */
export function countIntegratorDelivery(outcome: string): void {
  metrics().integratorDeliveriesTotal.inc({ outcome });
}
