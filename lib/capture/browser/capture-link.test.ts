import { describe, expect, it } from "vitest";
import { handoffFor, handoffHelps } from "./capture-link";

const token = "Ab3_-".repeat(8) + "xyz";

describe("the capture link handed to another device", () => {
  it("is the server's link, followed on this page's own origin", () => {
    expect(handoffFor(`https://id.example.com/capture/${token}`, `http://10.0.0.7:3000/capture/${token}`)).toEqual({
      link: `https://id.example.com/capture/${token}`,
      stateUrl: `/api/capture/${token}`,
    });
  });

  it("keeps the path the app is served under", () => {
    expect(handoffFor(`https://example.com/kyc/capture/${token}`)).toEqual({
      link: `https://example.com/kyc/capture/${token}`,
      stateUrl: `/kyc/api/capture/${token}`,
    });
  });

  it("gives way to the page's own address only when the server's link points at the machine itself", () => {
    // APP_BASE_URL left at localhost, the page opened from another machine on the network: a phone can reach that address, not localhost.
    expect(
      handoffFor(`http://localhost:3000/capture/${token}`, `http://192.168.1.20:3000/capture/${token}`)?.link,
    ).toBe(`http://192.168.1.20:3000/capture/${token}`);
    // Both on this machine (development, the tests): the server's link as it is.
    expect(handoffFor(`http://localhost:3000/capture/${token}`, `http://127.0.0.1:3000/capture/${token}`)?.link).toBe(
      `http://localhost:3000/capture/${token}`,
    );
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
