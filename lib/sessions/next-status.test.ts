import { describe, expect, it } from "vitest";
import { nextStatus, type SessionState } from "./next-status";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
const state = (
  status: SessionState["status"],
  decisionAttemptId: string | null = null,
  decidedAt: Date | null = null,
): SessionState => ({
  status,
  decisionAttemptId,
  decidedAt,
});
const decision = (status: string, attemptId: string, minute: number) => ({
  kind: "decision" as const,
  status,
  attemptId,
  decisionTime: at(minute),
});
const event = (action: string, attemptId: string, attemptDecided = false) => ({
  kind: "event" as const,
  action,
  attemptId,
  attemptDecided,
});

describe("nextStatus", () => {
  it("moves forward through events and a decision", () => {
    expect(nextStatus(state("created"), event("started", "a1"))).toBe("started");
    expect(nextStatus(state("started"), event("submitted", "a1"))).toBe("submitted");
    expect(nextStatus(state("submitted"), decision("approved", "a1", 5))).toBe("approved");
  });

  it("never lets a late event undo a decision, nor an earlier step undo a later one", () => {
    expect(nextStatus(state("approved", "a1", at(5)), event("submitted", "a1"))).toBeNull();
    expect(nextStatus(state("submitted"), event("started", "a1"))).toBeNull();
    expect(nextStatus(state("review", "a1", at(5)), event("submitted", "a1"))).toBeNull();
  });

  it("lets a final decision supersede review, but nothing supersede a final decision", () => {
    expect(nextStatus(state("review", "a1", at(5)), decision("declined", "a1", 9))).toBe("declined");
    expect(nextStatus(state("declined", "a1", at(9)), decision("approved", "a1", 12))).toBeNull();
  });

  it("starts a new attempt after a resubmission request, and ignores late copies of the old decision", () => {
    const asked = state("resubmission_requested", "a1", at(5));
    expect(nextStatus(asked, event("started", "a1"))).toBeNull();
    expect(nextStatus(asked, event("started", "a2"))).toBe("started");
    // A late event of an older, already decided attempt is not a new attempt.
    expect(nextStatus(state("resubmission_requested", "a2", at(20)), event("submitted", "a1", true))).toBeNull();
    const restarted = state("started", "a1", at(5));
    expect(nextStatus(restarted, decision("resubmission_requested", "a1", 5))).toBeNull();
    expect(nextStatus(state("submitted", "a1", at(5)), decision("approved", "a2", 20))).toBe("approved");
  });

  it("ignores repeats, older decisions and statuses it does not know", () => {
    expect(nextStatus(state("review", "a1", at(5)), decision("review", "a1", 5))).toBeNull();
    expect(
      nextStatus(state("resubmission_requested", "a2", at(20)), decision("resubmission_requested", "a1", 5)),
    ).toBeNull();
    expect(nextStatus(state("submitted"), decision("quantum_verified", "a1", 5))).toBeNull();
    expect(nextStatus(state("started"), event("document_photo_taken", "a1"))).toBeNull();
  });
});
