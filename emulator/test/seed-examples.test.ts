// Veriff's own upload examples (Python and Node.js, from its media-upload
// documentation), pointed at the emulator, must succeed; with their signing
// and compression steps swapped they must fail with 401.
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_KEY, type Harness, SECRET, SEED_JPEG_BASE64, startHarness } from "./harness";

const EXAMPLES = path.join(import.meta.dirname, "seed-examples");
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

/**
 * Runs an example in a folder holding document_front.jpg; returns the status
 * code it printed. Asynchronously: the emulator answers from this process.
 */
async function run(command: string, file: string, source: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seed-example-"));
  fs.writeFileSync(path.join(dir, "document_front.jpg"), Buffer.from(SEED_JPEG_BASE64, "base64"));
  fs.writeFileSync(path.join(dir, file), source);
  try {
    const { stdout } = await promisify(execFile)(command, [file], { cwd: dir, encoding: "utf8", timeout: 20_000 });
    return stdout.trim().split(" ")[0] ?? "";
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function credentials(source: string, sessionQuote: string) {
  const sessionId = (await harness.api.createSession()).json.verification.id as string;
  return {
    sessionId,
    source: source
      .replace("your-api-key", API_KEY)
      .replace("your-shared-secret", SECRET)
      .replace(`${sessionQuote}your-session-id${sessionQuote}`, `${sessionQuote}${sessionId}${sessionQuote}`),
  };
}

function pythonWithRequests(): string {
  for (const candidate of ["python3", "/usr/bin/python3"]) {
    try {
      execFileSync(candidate, ["-c", "import requests"], { stdio: "ignore" });
      return candidate;
    } catch {
      // try the next
    }
  }
  throw new Error("no python3 with the requests package: apt-get install python3-requests");
}

describe("Veriff's Python upload example", () => {
  const original = fs.readFileSync(path.join(EXAMPLES, "upload.py"), "utf8");
  const pointed = (source: string) => source.replace('"https://stationapi.veriff.com"', `"${harness.baseUrl}"`);

  it("uploads to the emulator with only the URL, key, secret and session id changed", async () => {
    const { sessionId, source } = await credentials(original, '"');
    expect(await run(pythonWithRequests(), "upload.py", pointed(source))).toBe("200");
    expect(harness.emulator.session(sessionId)?.attempts[0]?.media.map((media) => media.context)).toEqual([
      "document-front",
    ]);
  });

  it("fails with 401 when it signs the compressed bytes instead", async () => {
    const swapped = original.replace(
      "    payload_bytes,\n    hashlib.sha256,",
      "    gzip.compress(payload_bytes),\n    hashlib.sha256,",
    );
    expect(swapped).not.toBe(original);
    const { source } = await credentials(swapped, '"');
    expect(await run(pythonWithRequests(), "upload.py", pointed(source))).toBe("401");
  });
});

describe("Veriff's Node.js upload example", () => {
  const original = fs.readFileSync(path.join(EXAMPLES, "upload.cjs"), "utf8");
  // The example speaks https to a bare hostname on port 443; the emulator is plain http on its own port.
  const pointed = (source: string) =>
    source
      .replace("require('https')", "require('http')")
      .replace("'stationapi.veriff.com'", "'127.0.0.1'")
      .replace("hostname: BASE_URL,", `hostname: BASE_URL, port: ${new URL(harness.baseUrl).port},`);

  it("uploads to the emulator with only the URL, key, secret and session id changed", async () => {
    const { sessionId, source } = await credentials(original, "'");
    expect(await run(process.execPath, "upload.cjs", pointed(source))).toBe("200");
    expect(harness.emulator.session(sessionId)?.attempts[0]?.media).toHaveLength(1);
  });

  it("fails with 401 when it signs the compressed bytes instead", async () => {
    const swapped = original.replace("  .update(payloadBytes)", "  .update(zlib.gzipSync(payloadBytes))");
    expect(swapped).not.toBe(original);
    const { source } = await credentials(swapped, "'");
    expect(await run(process.execPath, "upload.cjs", pointed(source))).toBe("401");
  });
});
