import { describe, expect, it } from "vitest";
import { buildTimeline } from "./timeline";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));

describe("buildTimeline", () => {
  it("merges our steps, Veriff's events and decisions, and refused photos, in time order with plain titles", () => {
    const timeline = buildTimeline(
      [
        {
          id: "e3",
          type: "veriff.decision",
          actor: "veriff",
          data: { status: "declined", code: 9102, reasonCode: 103, applied: true },
          occurredAt: at(9),
        },
        {
          id: "e1",
          type: "session.created",
          actor: "integrator",
          data: { documentType: "PASSPORT" },
          occurredAt: at(0),
        },
        {
          id: "e1b",
          type: "consent.given",
          actor: "end_user",
          data: { page: "capture", locale: "de", wording: "Ich willige ein." },
          occurredAt: at(1),
        },
        {
          id: "e2",
          type: "frame.acknowledged",
          actor: "end_user",
          data: { context: "document-front", attemptNumber: 1 },
          occurredAt: at(2),
        },
        { id: "e4", type: "veriff.watchlist-screening", actor: "veriff", data: null, occurredAt: at(10) },
        {
          id: "e5",
          type: "staff.new_capture_link",
          actor: "staff",
          data: { by: "ada@example.com" },
          occurredAt: at(11),
        },
      ],
      [
        { id: "u1", context: "face", attemptNumber: 1, errorCode: "1500", createdAt: at(3) },
        { id: "u2", context: "face", attemptNumber: 1, errorCode: "timeout", createdAt: at(4) },
      ],
    );
    expect(timeline.map(({ id, actor, title, detail, tone }) => ({ id, actor, title, detail, tone }))).toEqual([
      { id: "e1", actor: "integrator", title: "Session created", detail: "PASSPORT", tone: "neutral" },
      {
        id: "e1b",
        actor: "end_user",
        title: "Agreed to the processing",
        detail: "On the capture link's first screen, in de: “\u2068Ich willige ein.\u2069”",
        tone: "neutral",
      },
      { id: "e2", actor: "end_user", title: "Photo accepted: document-front", detail: "Attempt 1", tone: "neutral" },
      {
        id: "u1",
        actor: "veriff",
        title: "Photo refused by Veriff: face",
        detail: "Attempt 1, code 1500",
        tone: "bad",
      },
      { id: "u2", actor: "system", title: "Photo not sent to Veriff: face", detail: "Attempt 1, timeout", tone: "bad" },
      {
        id: "e3",
        actor: "veriff",
        title: "Veriff decision: declined",
        detail: "Code 9102 · The person does not appear to match the document photo",
        tone: "bad",
      },
      { id: "e4", actor: "veriff", title: "Veriff: watchlist-screening", detail: undefined, tone: "neutral" },
      { id: "e5", actor: "staff", title: "New capture link issued", detail: "ada@example.com", tone: "neutral" },
    ]);
  });

  it("says when a decision was stored but not applied (a late or superseded one)", () => {
    const [entry] = buildTimeline([
      {
        id: "e1",
        type: "veriff.decision",
        actor: "veriff",
        data: { status: "approved", applied: false },
        occurredAt: at(1),
      },
    ]);
    expect(entry?.title).toBe("Veriff decision: approved (not applied: an earlier attempt or a later state)");
  });

  it("tells an upload whose answer was lost from one Veriff refused", () => {
    const [entry] = buildTimeline(
      [],
      [{ id: "u1", context: "face", attemptNumber: 2, errorCode: "outcome_unknown", createdAt: at(1) }],
    );
    expect(entry).toMatchObject({
      actor: "system",
      title: "Photo's answer lost (looked for at Veriff on its retry): face",
      detail: "Attempt 2, outcome_unknown",
    });
  });
});
