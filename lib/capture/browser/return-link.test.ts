import { describe, expect, it } from "vitest";
import { returnHost, returnLink } from "./return-link";

const SESSION = "0190f0e2-5d7c-7a41-9c3e-3f1b2a4c5d6e";

describe("returnLink", () => {
  it("appends the session and its status to the query, keeping the integrator's own query and fragment", () => {
    expect(returnLink("https://shop.example.com/kyc/done", SESSION, "submitted")).toBe(
      `https://shop.example.com/kyc/done?session=${SESSION}&status=submitted`,
    );
    expect(returnLink("https://shop.example.com/done?ref=a%20b&x=1+2#top", SESSION, "approved")).toBe(
      `https://shop.example.com/done?ref=a%20b&x=1+2&session=${SESSION}&status=approved#top`,
    );
    expect(returnLink("http://localhost:5173/?", SESSION, "review")).toBe(
      `http://localhost:5173/?session=${SESSION}&status=review`,
    );
  });

  it("encodes what it adds", () => {
    expect(returnLink("https://shop.example.com/", "a&b=c", "x y")).toBe(
      "https://shop.example.com/?session=a%26b%3Dc&status=x%20y",
    );
  });

  it("makes no link of anything but an http(s) URL", () => {
    for (const url of [
      "javascript:alert(1)//https://shop.example.com",
      "data:text/html,hi",
      "not a url",
      "//shop.example.com",
    ])
      expect(returnLink(url, SESSION, "submitted"), url).toBeNull();
  });
});

describe("returnHost", () => {
  it("names the host with its port, in punycode", () => {
    expect(returnHost("https://shop.example.com/kyc")).toBe("shop.example.com");
    expect(returnHost("http://127.0.0.1:3182/back")).toBe("127.0.0.1:3182");
    expect(returnHost("https://bücher.example/")).toBe("xn--bcher-kva.example");
  });
});
