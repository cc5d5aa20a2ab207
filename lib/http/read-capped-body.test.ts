import { describe, expect, it } from "vitest";
import { readCappedBody } from "./read-capped-body";

const streamed = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  new Request("http://app/x", { method: "POST", headers, body, duplex: "half" } as RequestInit);

describe("readCappedBody", () => {
  it("gives up on a body that stops sending for longer than idleMs", async () => {
    const silent = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new Uint8Array(10)) });
    const started = Date.now();
    expect(await readCappedBody(streamed(silent), 1000, { idleMs: 50 })).toBe("stalled");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("stops at the chunk its admit check refuses, and past the cap, declared or sent", async () => {
    const chunks = (count: number) =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let sent = 0; sent < count; sent++) controller.enqueue(new Uint8Array(100));
          controller.close();
        },
      });
    let admitted = 0;
    const admit = (bytes: number) => (admitted += bytes) <= 250;
    expect(await readCappedBody(streamed(chunks(5)), 10_000, { admit })).toBe("refused");
    expect(admitted).toBe(300);
    expect(await readCappedBody(streamed(chunks(5)), 450)).toBe("too_large");
    expect(await readCappedBody(streamed(chunks(1), { "content-length": "451" }), 450)).toBe("too_large");
    expect(((await readCappedBody(streamed(chunks(4)), 450)) as Buffer).length).toBe(400);
  });
});
