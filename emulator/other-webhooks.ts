// Plausible payloads of the webhook kinds beyond events and decisions, so a
// receiver's handling of every kind (and of kinds nobody has invented yet) can be tested.
import type { Session } from "./store";

export function otherWebhookPayload(kind: string, session: Session | undefined, now: Date): Record<string, unknown> {
  const attemptId = session?.attempts.at(-1)?.id ?? null;
  const refs = {
    id: session?.id ?? null,
    attemptId,
    vendorData: session?.vendorData ?? null,
    endUserId: session?.endUserId ?? null,
  };
  const name = [session?.person.firstName, session?.person.lastName].filter(Boolean).join(" ") || null;
  switch (kind) {
    case "watchlist-screening":
      return {
        checkType: "updated_result",
        attemptId,
        sessionId: refs.id,
        vendorData: refs.vendorData,
        endUserId: refs.endUserId,
        matchStatus: "possible_match",
        searchTerm: { name, year: session?.person.dateOfBirth?.slice(0, 4) ?? null },
        totalHits: 1,
        createdAt: now.toISOString(),
        hits: [
          {
            matchedName: name,
            countries: [],
            dateOfBirth: null,
            matchTypes: ["name_exact"],
            score: 1,
            listingsRelatedToMatch: {},
          },
        ],
      };
    case "ine":
    case "curp":
      return { status: "success", registry: kind, ...refs, data: { result: "valid", checkedAt: now.toISOString() } };
    case "user-defined-status":
      return { ...refs, status: { name: "Needs manual follow-up", setAt: now.toISOString() } };
    case "full-auto":
      return {
        ...refs,
        version: "1.0.0",
        data: { verification: { decision: "approved", decisionTime: now.toISOString() } },
      };
    default:
      return {
        ...refs,
        kind,
        data: { note: "a webhook kind the receiver has never seen" },
        createdAt: now.toISOString(),
      };
  }
}
