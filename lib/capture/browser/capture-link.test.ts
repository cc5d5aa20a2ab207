import { describe, expect, it } from "vitest";
import { captureLink } from "./capture-link";

const token = "Ab3_-".repeat(8) + "xyz";

describe("the capture link handed to another device", () => {
  it("is the page's address without its fragment, and names the check's state", () => {
    expect(captureLink(`https://id.example.com/capture/${token}#step`)).toEqual({
      link: `https://id.example.com/capture/${token}`,
      stateUrl: `https://id.example.com/api/capture/${token}`,
    });
  });

  it("keeps a query string and a port, which the link may need", () => {
    expect(captureLink(`http://127.0.0.1:3200/capture/${token}?lang=de`).link).toBe(`http://127.0.0.1:3200/capture/${token}?lang=de`);
  });

  it("has no state to follow off a capture page", () => {
    expect(captureLink("https://id.example.com/verify").stateUrl).toBeNull();
    expect(captureLink(`https://id.example.com/capture/${token}/extra`).stateUrl).toBeNull();
  });
});
