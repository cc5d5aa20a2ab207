import { describe, expect, it } from "vitest";
import { handoffFor, handoffHelps } from "./capture-link";

const token = "Ab3_-".repeat(8) + "xyz";

describe("the capture link handed to another device", () => {
  it("is the server's link, followed on this page's own origin", () => {
    expect(handoffFor(`https://id.example.com/capture/${token}`)).toEqual({
      link: `https://id.example.com/capture/${token}`,
      stateUrl: `/api/capture/${token}`,
    });
    expect(handoffFor(`http://localhost:3000/capture/${token}`)?.link).toBe(`http://localhost:3000/capture/${token}`);
  });

  it("is none for a link that is not a capture link", () => {
    expect(handoffFor("https://id.example.com/verify")).toBeNull();
    expect(handoffFor(`https://id.example.com/capture/${token}/extra`)).toBeNull();
  });

  it("is offered from a plain-http page only when the link is https, which gives the other device its camera", () => {
    expect(handoffHelps(`https://id.example.com/capture/${token}`, true)).toBe(true);
    expect(handoffHelps(`http://localhost:3000/capture/${token}`, true)).toBe(false);
    expect(handoffHelps(`http://localhost:3000/capture/${token}`, false)).toBe(true);
  });
});
