// Route tests' set-up: a real emulator on a random port, and the app's
// settings pointing at it (before anything reads them).
import { API_KEY, SECRET, startHarness } from "../../emulator/test/harness";
import type { EmulatorConfig } from "../../emulator/emulator";
import { exportEnv } from "../../lib/env";

export const INTEGRATOR_KEY = "integrator-key-0123456789abcdef0123456789";

export async function startAppWithEmulator(overrides: Partial<EmulatorConfig> = {}) {
  const harness = await startHarness({ decisionDelayMs: 60_000, ...overrides });
  exportEnv({
    VERIFF_API_URL: `${harness.baseUrl}/v1`,
    VERIFF_API_KEY: API_KEY,
    VERIFF_SHARED_SECRETS: SECRET,
    APP_API_KEYS: INTEGRATOR_KEY,
    CAPTURE_FRAMES_PER_CONTEXT: "2",
    VERIFF_PROOF_OF_ADDRESS: "none,with_identity,only",
    APP_BASE_URL: "https://kyc.example.com",
  });
  return harness;
}

/** A request as an integrator sends it. */
export function integratorRequest(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: BodyInit } = {},
  key = INTEGRATOR_KEY,
) {
  return new Request(url, { method: "POST", ...init, headers: { authorization: `Bearer ${key}`, ...init.headers } });
}
