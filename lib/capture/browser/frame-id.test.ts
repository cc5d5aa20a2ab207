import { describe, expect, it } from "vitest";
import { z } from "zod";
import { newFrameId } from "./frame-id";

describe("newFrameId", () => {
  it("makes random version-4 UUIDs the server's check accepts", () => {
    const ids = Array.from({ length: 200 }, newFrameId);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(z.uuid().safeParse(id).success).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});
