// public/embed.js, the integrator's side of the embed: small, no requests of
// its own, and it takes messages only from the frame it opened. Run here in a
// stand-in of the host page's window (the e2e suite runs it in Chromium).
import fs from "node:fs";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { embedMessage } from "./embed-messages";

const SOURCE = fs.readFileSync("public/embed.js", "utf8");
const APP = "https://kyc.example.com";
const SESSION = "0190f0e2-5d7c-7a41-9c3e-3f1b2a4c5d6e";

class FakeElement {
  style: Record<string, string> = {};
  attributes: Record<string, string> = {};
  children: FakeElement[] = [];
  parent: FakeElement | null = null;
  listeners: Record<string, () => void> = {};
  contentWindow = {};
  [key: string]: unknown;
  constructor(readonly tag: string) {}
  setAttribute(name: string, value: string) {
    this.attributes[name] = value;
  }
  appendChild(child: FakeElement) {
    child.parent = this;
    this.children.push(child);
  }
  remove() {
    this.parent?.children.splice(this.parent.children.indexOf(this), 1);
    this.parent = null;
  }
  addEventListener(type: string, listener: () => void) {
    this.listeners[type] = listener;
  }
  focus() {}
  find(tag: string): FakeElement | undefined {
    for (const child of this.children) {
      if (child.tag === tag) return child;
      const inner = child.find(tag);
      if (inner) return inner;
    }
  }
}

/** A host page on https://shop.example.com that loaded embed.js. */
function hostPage() {
  const listeners: Record<string, ((event: unknown) => void)[]> = {};
  const body = new FakeElement("body");
  const document = {
    body,
    activeElement: null,
    documentElement: new FakeElement("html"),
    createElement: (tag: string) => new FakeElement(tag),
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  const window = {
    location: { href: "https://shop.example.com/checkout", origin: "https://shop.example.com" },
    matchMedia: () => ({ matches: false }),
    addEventListener: (type: string, listener: (event: unknown) => void) => (listeners[type] ??= []).push(listener),
    removeEventListener: (type: string, listener: (event: unknown) => void) =>
      (listeners[type] = (listeners[type] ?? []).filter((item) => item !== listener)),
    VeriffCapture: undefined as unknown as {
      open: (url: string, options: object) => { close: () => void };
    },
  };
  // What embed.js defers (a host callback's error, thrown again outside its handling): kept for the test to run.
  const deferred: (() => void)[] = [];
  vm.runInNewContext(SOURCE, { window, document, URL, setTimeout: (run: () => void) => deferred.push(run) });
  const send = (origin: string, source: unknown, data: unknown) =>
    (listeners.message ?? []).forEach((listener) => listener({ origin, source, data }));
  return { window, body, send, deferred, listening: () => (listeners.message ?? []).length };
}

describe("public/embed.js", () => {
  it("stays under 5 KB and asks for nothing over the network itself", () => {
    expect(Buffer.byteLength(SOURCE)).toBeLessThan(5 * 1024);
    for (const request of [
      /fetch\s*\(/,
      /XMLHttpRequest/,
      /sendBeacon/,
      /WebSocket/,
      /EventSource/,
      /import\s*\(/,
      /new Image/,
      /createElement\("(script|link|img)"\)/,
      /https?:\/\/[a-z]/i,
    ])
      expect(SOURCE).not.toMatch(request);
  });

  it("opens the link in a modal frame that may use the camera, telling the page which origin it is on", () => {
    const host = hostPage();
    host.window.VeriffCapture.open(`${APP}/capture/tok?x=1`, {});
    const frame = host.body.find("iframe")!;
    expect(frame.attributes.allow).toBe("camera");
    expect(frame.src).toBe(`${APP}/capture/tok?x=1&embed=${encodeURIComponent("https://shop.example.com")}`);
    expect(host.body.children[0]!.attributes).toMatchObject({ role: "dialog", "aria-modal": "true" });
  });

  it("refuses a link that is not http(s)", () => {
    const host = hostPage();
    expect(() => host.window.VeriffCapture.open("javascript:alert(1)", {})).toThrow(
      "captureUrl must be an http(s) URL",
    );
    expect(host.body.children).toHaveLength(0);
  });

  it("passes on only our messages from the frame it opened, and is done on a decision other than a request for new photos", () => {
    const host = hostPage();
    const events: unknown[] = [];
    const done: unknown[] = [];
    host.window.VeriffCapture.open(`${APP}/capture/tok`, {
      onEvent: (message: unknown) => events.push(message),
      onDone: (result: unknown) => done.push(result),
    });
    const frame = host.body.find("iframe")!.contentWindow;
    const ready = embedMessage(SESSION, { type: "ready", status: "created" });
    host.send("https://evil.example", frame, ready); // another origin
    host.send(APP, {}, ready); // another window of our origin
    host.send(APP, frame, { ...ready, source: "other-widget" });
    host.send(APP, frame, "ready");
    expect(events).toEqual([]);

    const ours = [
      ready,
      embedMessage(SESSION, { type: "submitted" }),
      embedMessage(SESSION, { type: "decided", status: "resubmission_requested" }),
    ];
    for (const message of ours) host.send(APP, frame, message);
    expect(events).toEqual(ours);
    expect([done, host.body.children.length]).toEqual([[], 1]);

    const approved = embedMessage(SESSION, { type: "decided", status: "approved" });
    host.send(APP, frame, approved);
    expect(events.at(-1)).toEqual(approved);
    expect(done).toEqual([{ reason: "decided", sessionId: SESSION, status: "approved" }]);
    expect([host.body.children.length, host.listening()]).toEqual([0, 0]);
  });

  it("is done once when the integrator or the end-user closes it, with the status last heard", () => {
    const host = hostPage();
    const done: unknown[] = [];
    const opened = host.window.VeriffCapture.open(`${APP}/capture/tok`, {
      onDone: (result: unknown) => done.push(result),
      onEvent: () => {
        throw new Error("a broken callback of the host's");
      },
    });
    const frame = host.body.find("iframe")!.contentWindow;
    host.send(APP, frame, embedMessage(SESSION, { type: "ready", status: "started" }));
    host.send(APP, frame, embedMessage(SESSION, { type: "submitted" }));
    opened.close();
    opened.close();
    expect(done).toEqual([{ reason: "closed", sessionId: SESSION, status: "submitted" }]);
    expect(host.body.children).toHaveLength(0);
    // The host's broken callback did not stop the frame's handling; its error still reaches the host's console.
    expect(host.deferred).toHaveLength(2);
    expect(host.deferred[0]).toThrow("a broken callback of the host's");
  });
});
