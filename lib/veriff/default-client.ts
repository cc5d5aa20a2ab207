import "server-only";
import { serverEnv } from "@/lib/env";
import { createVeriffClient, type VeriffClient } from "./client";

let client: VeriffClient | undefined;

/** The Veriff client configured from the environment (one per process). */
export function veriff(): VeriffClient {
  const env = serverEnv();
  client ??= createVeriffClient({
    apiUrl: env.VERIFF_API_URL,
    apiKey: env.VERIFF_API_KEY,
    sharedSecrets: env.VERIFF_SHARED_SECRETS,
    timeoutMs: env.VERIFF_TIMEOUT_MS,
    uploadTimeoutMs: env.VERIFF_UPLOAD_TIMEOUT_MS,
    maxAttempts: env.VERIFF_MAX_ATTEMPTS,
    compressUploads: env.VERIFF_COMPRESS_UPLOADS,
  });
  return client;
}
