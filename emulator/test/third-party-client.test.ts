// A third-party client (curl and openssl following Veriff's public docs, see
// third-party-client/flow.sh) works against the emulator with nothing changed
// but its base URL and credentials, and its decision webhook verifies with openssl.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { childProcessEnv } from "../../lib/env";
import { API_KEY, eventually, type Harness, SECRET, SEED_JPEG_BASE64, startHarness } from "./harness";

const run = promisify(execFile);
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

it("creates, uploads gzipped, submits, lists media and gets a decision webhook signed as documented", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "client-"));
  const image = path.join(dir, "front.jpg");
  fs.writeFileSync(image, Buffer.from(SEED_JPEG_BASE64, "base64"));
  const { stdout } = await run("bash", [path.join(import.meta.dirname, "third-party-client/flow.sh")], {
    env: childProcessEnv({ BASE_URL: harness.baseUrl, API_KEY, SHARED_SECRET: SECRET, IMAGE: image }),
  }).finally(() => fs.rmSync(dir, { recursive: true, force: true }));
  const sessionId = /session=(\S+)/.exec(stdout)?.[1];
  expect(stdout.trim()).toBe(
    `session=${sessionId} upload=200 submit=200 media="context":"document-front"  response_signature=valid`,
  );

  const decision = await eventually(() => {
    const hook = harness.received.find((received) => received.body.verification);
    expect(hook).toBeDefined();
    return hook!;
  });
  expect(decision.body).toMatchObject({ verification: { id: sessionId, status: "approved", code: 9001 } });
  const { stdout: signature } = await run(
    "bash",
    ["-c", `printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$SECRET" -hex | sed 's/^.*= //'`],
    {
      env: childProcessEnv({ BODY: decision.raw, SECRET }),
    },
  );
  expect(decision.headers["x-hmac-signature"]).toBe(signature.trim());
});
