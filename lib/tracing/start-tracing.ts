// OpenTelemetry's SDK, loaded by instrumentation.ts only when
// OTEL_EXPORTER_OTLP_ENDPOINT is set: spans go as OTLP/HTTP (JSON) to
// <endpoint>/v1/traces in batches, each scrubbed first (scrub-span.ts).
// Next.js's own request and render spans are exported with ours: it reports
// to whichever tracer provider is registered.
import { context, propagation, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, TracerProvider } from "@opentelemetry/sdk-trace";
import { ScrubbingSpanProcessor } from "./scrub-span";

export interface TracingOptions {
  /** The collector's base URL (OTEL_EXPORTER_OTLP_ENDPOINT). */
  endpoint: string;
  serviceName: string;
  serviceVersion?: string;
  /** How long spans wait to be sent in a batch (OTEL_BSP_SCHEDULE_DELAY). */
  scheduledDelayMillis: number;
}

/** Registers the tracer provider, context manager and W3C propagator for this process; returns the provider (to flush or shut down). */
export function startTracing(options: TracingOptions): TracerProvider {
  const exporter = new OTLPTraceExporter({ url: `${options.endpoint}/v1/traces` });
  const provider = new TracerProvider({
    resource: resourceFromAttributes({
      "service.name": options.serviceName,
      ...(options.serviceVersion ? { "service.version": options.serviceVersion } : {}),
    }),
    spanProcessors: [
      new ScrubbingSpanProcessor(
        new BatchSpanProcessor({
          exporter,
          scheduledDelayMillis: options.scheduledDelayMillis,
        }),
      ),
    ],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  return provider;
}
