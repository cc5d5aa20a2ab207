// Runs once when a Next.js server starts. NEXT_RUNTIME is a build-time
// constant Next.js inlines (not a setting), so it is read here directly: the
// code below only makes sense in the Node.js runtime.
export async function register() {
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // First, as early as can be: route handlers learn the client's TCP address from it (lib/http/peer-address.ts).
    (await import("./lib/http/peer-address")).stampPeerAddresses();
    await import("./lib/startup/check-settings");
    const { serverEnv } = await import("./lib/env");
    const env = serverEnv();
    // SIGTERM drains this instance (lib/shutdown/drain-on-signal.ts) instead of Next.js's own handler.
    (await import("./lib/shutdown/drain-on-signal")).drainOnSignal();
    // Tracing's SDK is loaded only when a collector is set: otherwise not one module of it.
    if (env.OTEL_EXPORTER_OTLP_ENDPOINT) {
      const { startTracing } = await import("./lib/tracing/start-tracing");
      const { version } = (await import("./package.json")).default;
      startTracing({
        endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
        serviceName: env.OTEL_SERVICE_NAME,
        serviceVersion: version,
        scheduledDelayMillis: env.OTEL_BSP_SCHEDULE_DELAY,
      });
    }
  }
}
