import { describe, expect, it } from "vitest";
import { VeriffError } from "./errors";
import { submitOnce } from "./submit-session";

const attempts = (...list: [string, string][]) => ({
  status: "success" as const,
  verifications: list.map(([id, status]) => ({ id, status })),
});
const lost = () => new VeriffError("timeout", "PATCH /sessions/{id}");
const conflict = () => new VeriffError("http", "PATCH /sessions/{id}", { status: 409, code: "1304" });

function scripted(reads: ReturnType<typeof attempts>[], patches: (Error | "ok")[]) {
  let patchCalls = 0;
  return {
    calls: {
      attempts: async () => reads.shift() ?? reads[0]!,
      patch: async () => {
        const next = patches[patchCalls++];
        if (next instanceof Error) throw next;
      },
    },
    patchCalls: () => patchCalls,
  };
}

describe("submitOnce", () => {
  it("picks the open attempt whatever the list's order", async () => {
    const run = scripted([attempts(["a2", "started"], ["a1", "resubmission_requested"])], ["ok"]);
    expect(await submitOnce(run.calls)).toEqual({ via: "answered", attemptId: "a2" });
  });

  it("does not send again when a lost answer's submit landed", async () => {
    const run = scripted([attempts(["a1", "started"]), attempts(["a1", "submitted"])], [lost()]);
    expect(await submitOnce(run.calls)).toEqual({ via: "confirmed", attemptId: "a1" });
    expect(run.patchCalls()).toBe(1);
  });

  it("sends again only after reading that the submit did not land", async () => {
    const run = scripted([attempts(["a1", "started"]), attempts(["a1", "started"])], [lost(), "ok"]);
    expect(await submitOnce(run.calls)).toEqual({ via: "answered", attemptId: "a1" });
    expect(run.patchCalls()).toBe(2);
  });

  it("treats a 409 as done when the attempt reads as submitted, and sends nothing when nothing is open", async () => {
    const conflicted = scripted([attempts(["a1", "started"]), attempts(["a1", "submitted"])], [conflict()]);
    expect(await submitOnce(conflicted.calls)).toMatchObject({ via: "confirmed" });
    const done = scripted([attempts(["a1", "submitted"])], []);
    expect(await submitOnce(done.calls)).toEqual({ via: "confirmed", attemptId: "a1" });
    expect(done.patchCalls()).toBe(0);
  });

  it("passes on a permanent refusal", async () => {
    const run = scripted(
      [attempts(["a1", "started"])],
      [new VeriffError("http", "PATCH /sessions/{id}", { status: 400, code: "1303" })],
    );
    await expect(submitOnce(run.calls)).rejects.toMatchObject({ status: 400 });
  });
});
