// What Veriff's webhooks carry, parsed tolerantly (new fields and kinds will
// appear). Classification never throws: a payload we cannot place is stored
// as "unknown" and acknowledged.
import { z } from "zod";
import { nonEmptyText } from "../text";
import { decisionVerification } from "./schemas";

const decisionWebhook = z.looseObject({ verification: decisionVerification });
export type DecisionWebhook = z.infer<typeof decisionWebhook>;

const eventWebhook = z.looseObject({
  id: z.string(),
  attemptId: z.string().nullish(),
  code: z.number(),
  action: z.string(),
});
export type EventWebhook = z.infer<typeof eventWebhook>;

const watchlistWebhook = z.looseObject({
  checkType: z.string(),
  matchStatus: z.string(),
  sessionId: z.string().nullish(),
  attemptId: z.string().nullish(),
});

export type ClassifiedWebhook =
  | { kind: "decision"; veriffSessionId: string; attemptId: string | null; decision: DecisionWebhook["verification"] }
  | { kind: "event"; veriffSessionId: string; attemptId: string | null; event: EventWebhook }
  | { kind: string; veriffSessionId: string | null; attemptId: string | null };

export function classifyWebhook(json: unknown): ClassifiedWebhook {
  const decision = decisionWebhook.safeParse(json);
  if (decision.success) {
    const verification = decision.data.verification;
    return {
      kind: "decision",
      veriffSessionId: verification.id,
      attemptId: verification.attemptId ?? null,
      decision: verification,
    };
  }
  const event = eventWebhook.safeParse(json);
  if (event.success)
    return {
      kind: "event",
      veriffSessionId: event.data.id,
      attemptId: event.data.attemptId ?? null,
      event: event.data,
    };
  const watchlist = watchlistWebhook.safeParse(json);
  if (watchlist.success) {
    return {
      kind: "watchlist-screening",
      veriffSessionId: watchlist.data.sessionId ?? null,
      attemptId: watchlist.data.attemptId ?? null,
    };
  }
  // Anything else: keep whatever ids it names, for matching and for staff.
  const record = typeof json === "object" && json !== null ? (json as Record<string, unknown>) : {};
  return {
    kind: "unknown",
    veriffSessionId: nonEmptyText(record.id) ?? nonEmptyText(record.sessionId),
    attemptId: nonEmptyText(record.attemptId),
  };
}
