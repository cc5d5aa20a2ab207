import { describe, expect, it } from "vitest";
import { embedMessage as embedMessageSchema, type EmbedEvent } from "@/lib/contracts/embed-events";
import { embedMessage, embedTarget, frameFacts } from "./embed-messages";

const SHOP = "https://shop.example.com";
const ALLOWED = [SHOP, "http://localhost:5173"];
const SESSION = "0190f0e2-5d7c-7a41-9c3e-3f1b2a4c5d6e";

describe("embedTarget", () => {
  it("posts to the parent the browser names, when it is allowed", () => {
    expect(
      embedTarget({ framed: true, ancestorOrigins: [SHOP, "https://outer.example"], claimed: null }, ALLOWED),
    ).toBe(SHOP);
    expect(embedTarget({ framed: true, ancestorOrigins: ["http://localhost:5173"], claimed: SHOP }, ALLOWED)).toBe(
      "http://localhost:5173",
    );
  });

  it("believes the browser over the link: an allowed origin claimed by a page the browser names otherwise gets nothing", () => {
    expect(embedTarget({ framed: true, ancestorOrigins: ["https://evil.example"], claimed: SHOP }, ALLOWED)).toBeNull();
    expect(embedTarget({ framed: true, ancestorOrigins: [], claimed: SHOP }, ALLOWED)).toBeNull();
    // A sandboxed parent has the opaque origin "null".
    expect(embedTarget({ framed: true, ancestorOrigins: ["null"], claimed: SHOP }, ALLOWED)).toBeNull();
  });

  it("takes the link's claim where the browser says nothing (Firefox), only when it is allowed, exactly", () => {
    expect(embedTarget({ framed: true, ancestorOrigins: null, claimed: SHOP }, ALLOWED)).toBe(SHOP);
    for (const claimed of [
      "https://evil.example",
      "*",
      "https://shop.example.com/",
      "HTTPS://SHOP.EXAMPLE.COM",
      "https://shop.example.com.evil.example",
      "",
      null,
    ])
      expect(embedTarget({ framed: true, ancestorOrigins: null, claimed }, ALLOWED), String(claimed)).toBeNull();
  });

  it("posts nothing when the page is not framed, or no site is allowed", () => {
    expect(embedTarget({ framed: false, ancestorOrigins: [], claimed: SHOP }, ALLOWED)).toBeNull();
    expect(embedTarget({ framed: true, ancestorOrigins: [SHOP], claimed: SHOP }, [])).toBeNull();
  });
});

describe("frameFacts", () => {
  it("reads the parent, the browser's ancestor origins and the embed parameter", () => {
    const parent = {} as Window;
    const framed = {
      parent,
      location: { ancestorOrigins: [SHOP], search: `?embed=${encodeURIComponent(SHOP)}` },
    } as unknown as Window;
    expect(frameFacts(framed)).toEqual({ framed: true, ancestorOrigins: [SHOP], claimed: SHOP });
    const top = { location: { search: "" } } as unknown as Window & { parent: Window };
    top.parent = top;
    expect(frameFacts(top)).toEqual({ framed: false, ancestorOrigins: null, claimed: null });
  });
});

describe("embedMessage", () => {
  const events: EmbedEvent[] = [
    { type: "ready", status: "created" },
    { type: "step", phase: "capture", context: "document-front" },
    { type: "step", phase: "review", context: null },
    { type: "frame_uploaded", context: "document-front-pre" },
    { type: "submitted" },
    { type: "decided", status: "approved" },
    { type: "decided", status: "resubmission_requested" },
    { type: "error", code: "camera_denied" },
  ];

  it("builds messages the contract reads back exactly", () => {
    for (const event of events) {
      const message = embedMessage(SESSION, event);
      expect(message).toEqual({ source: "veriff-capture", version: 1, sessionId: SESSION, ...event });
      expect(embedMessageSchema.parse(message)).toEqual(message);
    }
    expect(embedMessageSchema.parse(embedMessage(null, { type: "error", code: "invalid_token" }))).toMatchObject({
      sessionId: null,
    });
  });

  it("is refused by the contract when it is not one of ours", () => {
    const refused: unknown[] = [
      { source: "other", version: 1, sessionId: SESSION, type: "submitted" },
      { source: "veriff-capture", version: 2, sessionId: SESSION, type: "submitted" },
      { source: "veriff-capture", version: 1, sessionId: SESSION, type: "decided", status: "submitted" },
      { source: "veriff-capture", version: 1, sessionId: SESSION, type: "error", code: "<script>" },
      { source: "veriff-capture", version: 1, sessionId: SESSION, type: "closed" },
      { source: "veriff-capture", version: 1, sessionId: "user-42", type: "submitted" },
    ];
    for (const message of refused)
      expect(embedMessageSchema.safeParse(message).success, JSON.stringify(message)).toBe(false);
  });
});
