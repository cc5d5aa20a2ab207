import { describe, expect, it } from "vitest";
import { signInPath, staffReturnPath } from "./return-path";

describe("staffReturnPath", () => {
  it("keeps a path inside the staff console, with its query", () => {
    expect(staffReturnPath("/staff/sessions/0190?x=1")).toBe("/staff/sessions/0190?x=1");
    expect(staffReturnPath("/staff?status=declined")).toBe("/staff?status=declined");
  });

  it("sends anything else to the session list", () => {
    for (const next of [
      undefined,
      42,
      "",
      "/",
      "https://evil.example/staff",
      "//evil.example",
      "/\\evil.example",
      "/staffing",
      "/staff\\..\\x",
      "/staff/sign-in",
      "/staff/ x",
      "/staff/..//evil.example",
      "/staff/%2e%2e/x",
      "/staff//x",
    ]) {
      expect(staffReturnPath(next)).toBe("/staff");
    }
  });
});

describe("signInPath", () => {
  it("carries the page asked for, checked", () => {
    expect(signInPath("/staff/sessions/0190?x=1")).toBe("/staff/sign-in?next=%2Fstaff%2Fsessions%2F0190%3Fx%3D1");
    expect(signInPath("//evil.example")).toBe("/staff/sign-in?next=%2Fstaff");
    expect(signInPath(null)).toBe("/staff/sign-in");
  });
});
