// What leaves the process in a trace is ids and route templates only. Our
// spans are built that way (lib/tracing/spans.ts); Next.js's own spans name
// requests by URL until the route is known and keep the URL in http.target,
// and a capture link's path is its secret token. So every span is scrubbed
// as it ends, before export: capture paths become /capture/[token], query
// strings go, and client addresses and user agents are dropped.
import type { Context } from "@opentelemetry/api";
import type { ReadableSpan, Span, SpanProcessor } from "@opentelemetry/sdk-trace";

const CAPTURE_PATH = /\/capture\/(?!\[token\])[^/?#\s"']+/g;
const QUERY = /\?[^\s"']*/g;
/** Attributes that say who is asking: personal data, never exported. */
const DROPPED = /(^|\.)(client\.address|client\.ip|peer\.ip|peer\.address|user_agent(\.original)?|remote_addr)$/;

/** `text` with every capture token and query string taken out. */
export function scrubText(text: string): string {
  return text.replace(CAPTURE_PATH, "/capture/[token]").replace(QUERY, "");
}

/** Scrubs a finished span in place (the SDK's spans are plain objects once ended). */
export function scrubSpan(span: ReadableSpan): void {
  const writable = span as { name: string; attributes: Record<string, unknown> };
  writable.name = scrubText(span.name);
  scrubAttributes(writable.attributes);
  for (const event of span.events) if (event.attributes) scrubAttributes(event.attributes as Record<string, unknown>);
}

function scrubAttributes(attributes: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(attributes)) {
    if (DROPPED.test(key)) delete attributes[key];
    else if (typeof value === "string") attributes[key] = scrubText(value);
    else if (Array.isArray(value))
      attributes[key] = value.map((item: unknown) => (typeof item === "string" ? scrubText(item) : item));
  }
}

/** Hands each span to `inner` (the exporting processor) only after scrubbing it. */
export class ScrubbingSpanProcessor implements SpanProcessor {
  constructor(private readonly inner: SpanProcessor) {}

  onStart(span: Span, parentContext: Context): void {
    this.inner.onStart(span, parentContext);
  }

  onEnd(span: ReadableSpan): void {
    scrubSpan(span);
    this.inner.onEnd(span);
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }
}
