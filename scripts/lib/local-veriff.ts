// The Veriff the stack talks to when VERIFF_API_URL is not set: the local
// emulator, with development credentials that both sides share. These are not
// secrets: they only ever sign traffic on this machine.
export const LOCAL_VERIFF = {
  port: 8100,
  apiKey: "00000000-0000-4000-8000-00000000da7a",
  sharedSecret: "local-development-shared-secret-not-for-production",
};

export function localVeriffEnv(): Record<string, string> {
  return {
    VERIFF_API_URL: `http://127.0.0.1:${LOCAL_VERIFF.port}/v1`,
    VERIFF_API_KEY: LOCAL_VERIFF.apiKey,
    VERIFF_SHARED_SECRETS: LOCAL_VERIFF.sharedSecret,
  };
}
