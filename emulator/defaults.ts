// Defaults shared by the emulator and the launcher, so `npm run dev` works
// with no configuration. These credentials are not secrets: they only ever
// sign traffic between processes on one machine.
export const EMULATOR_DEFAULTS = {
  port: 8100,
  apiKey: "00000000-0000-4000-8000-00000000da7a",
  sharedSecret: "local-development-shared-secret-not-for-production",
  decisionDelayMs: 3_000,
};

/** The app's Veriff settings that point it at an emulator on `port` with these credentials. */
export function emulatorClientEnv(
  port = EMULATOR_DEFAULTS.port,
  credentials = { apiKey: EMULATOR_DEFAULTS.apiKey, sharedSecrets: [EMULATOR_DEFAULTS.sharedSecret] },
): Record<string, string> {
  return {
    VERIFF_API_URL: `http://127.0.0.1:${port}/v1`,
    VERIFF_API_KEY: credentials.apiKey,
    VERIFF_SHARED_SECRETS: credentials.sharedSecrets.join(","),
  };
}
