// Spans around our own work, through OpenTelemetry's API only. Without a
// registered SDK (OTEL_EXPORTER_OTLP_ENDPOINT unset: instrumentation.ts loads
// none) every call here is a no-op on a non-recording span.
// Attributes carry ids, never personal data, tokens or URLs.
import { SpanKind, SpanStatusCode, trace, type Attributes, type Span } from "@opentelemetry/api";

const TRACER = "veriff-capture";

export { SpanKind };

/** Runs `work` inside a new active span named `name`; the span ends when it settles, marked as an error if it throws. */
export async function inSpan<T>(
  name: string,
  options: { kind?: SpanKind; attributes?: Attributes },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  return trace.getTracer(TRACER).startActiveSpan(name, options, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      // The error's name only: a message can quote what it failed on.
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : "error" });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Whether a span is already open here (Next.js's own request span, when tracing is on). */
export function hasActiveSpan(): boolean {
  return trace.getActiveSpan() !== undefined;
}

/** Names the verification session the current request works on. */
export function tagSession(sessionId: string): void {
  trace.getActiveSpan()?.setAttribute("app.session_id", sessionId);
}
