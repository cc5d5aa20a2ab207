import { describe, expect, it } from "vitest";
import { allowedReturnUrl, checkReturnUrl } from "./check-return-url";

const ALLOWED = ["https://shop.example.com", "http://localhost:5173", "https://xn--bcher-kva.example"];

describe("checkReturnUrl", () => {
  it("takes an http(s) URL on an allowed origin, as the URL parser writes it", () => {
    for (const [raw, stored] of [
      ["https://shop.example.com/kyc/done?ref=42#top", "https://shop.example.com/kyc/done?ref=42#top"],
      ["https://SHOP.example.com:443/done", "https://shop.example.com/done"],
      ["https://shop.example.com", "https://shop.example.com/"],
      ["http://localhost:5173/back", "http://localhost:5173/back"],
      ["https://bücher.example/zurück", "https://xn--bcher-kva.example/zur%C3%BCck"],
    ])
      expect(checkReturnUrl(raw!, ALLOWED), raw).toEqual({ ok: true, url: stored });
  });

  it("refuses other origins, schemes and credentials with return_url_not_allowed", () => {
    for (const raw of [
      "https://evil.example/",
      "http://shop.example.com/", // another scheme is another origin
      "https://shop.example.com:8443/", // another port too
      "https://shop.example.com.evil.example/",
      "https://shop.example.com@evil.example/",
      "https://user:pass@shop.example.com/",
      "javascript:alert(1)//https://shop.example.com",
      "JavaScript:alert(document.domain)",
      "data:text/html,<script>alert(1)</script>",
      "//shop.example.com/done",
      "/done",
      "not a url",
      "",
    ]) {
      expect(checkReturnUrl(raw, ALLOWED), raw).toEqual({
        ok: false,
        code: "return_url_not_allowed",
        message: expect.stringContaining("APP_RETURN_ORIGINS"),
      });
    }
  });

  it("refuses every URL when no origin is allowed", () => {
    expect(checkReturnUrl("https://shop.example.com/", [])).toMatchObject({ ok: false });
  });
});

describe("allowedReturnUrl", () => {
  it("gives the stored URL while its origin is still allowed, and nothing once it is not", () => {
    expect(allowedReturnUrl("https://shop.example.com/done", ALLOWED)).toBe("https://shop.example.com/done");
    expect(allowedReturnUrl("https://shop.example.com/done", ["https://other.example"])).toBeNull();
    expect(allowedReturnUrl("javascript:alert(1)", ALLOWED)).toBeNull();
    expect(allowedReturnUrl(null, ALLOWED)).toBeNull();
  });
});
