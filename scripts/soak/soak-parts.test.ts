// The soak's own parts that could quietly make it prove nothing: frames that
// are not valid JPEGs, a stale build taken for current, flags misread.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import jpeg from "jpeg-js";
import { afterEach, expect, it } from "vitest";
import { sniffMedia } from "@/lib/media/sniff-media";
import { withComment } from "./frames";
import { parseSoakOptions } from "./options";
import { staleBuildReason } from "./production-build";

it("gives every frame its own bytes that still read as the same JPEG", () => {
  const base = Buffer.from(jpeg.encode({ data: Buffer.alloc(64 * 48 * 4, 200), width: 64, height: 48 }, 90).data);
  const one = withComment(base, "soak frame 1");
  const two = withComment(base, "soak frame 2");
  expect(one.equals(two)).toBe(false);
  expect(one.length).toBe(base.length + 4 + "soak frame 1".length);
  for (const frame of [one, two]) {
    expect(sniffMedia(frame)).toMatchObject({ mimetype: "image/jpeg", width: 64, height: 48 });
    expect(jpeg.decode(frame).data.equals(jpeg.decode(base).data)).toBe(true);
  }
});

let root: string | undefined;
afterEach(() => root && fs.rmSync(root, { recursive: true, force: true }));

it("reuses a build only while no file that goes into it is newer", () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "soak-build-"));
  const touch = (file: string, secondsAgo: number) => {
    fs.mkdirSync(path.dirname(path.join(root!, file)), { recursive: true });
    fs.writeFileSync(path.join(root!, file), "x");
    const at = new Date(Date.now() - secondsAgo * 1000);
    fs.utimesSync(path.join(root!, file), at, at);
  };
  expect(staleBuildReason(root)).toBe("no production build yet");
  touch("lib/send-frame.ts", 60);
  touch(".next/BUILD_ID", 30);
  expect(staleBuildReason(root)).toBeUndefined();
  touch("lib/send-frame.test.ts", 10); // tests are not built
  touch("scripts/soak.ts", 10);
  expect(staleBuildReason(root)).toBeUndefined();
  touch("app/page.tsx", 10);
  expect(staleBuildReason(root)).toBe("app/page.tsx changed since the last build");
});

it("reads its flags in both spellings and names the one that is wrong", () => {
  expect(parseSoakOptions(["--seed", "7", "--users=5"])).toMatchObject({ seed: 7, users: 5, sessions: 100 });
  expect(() => parseSoakOptions(["--sead", "7"])).toThrow(/unknown option --sead/);
  expect(() => parseSoakOptions(["--users", "0"])).toThrow(/^--users:/);
  expect(() => parseSoakOptions(["--seed"])).toThrow(/--seed needs a value/);
});
