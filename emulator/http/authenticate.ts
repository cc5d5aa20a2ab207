import type { IncomingMessage } from "node:http";
import { verify } from "../../lib/veriff/signature";
import { ApiError } from "./errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Credentials {
  apiKey: string;
  /** All accepted; the first is the master key. */
  sharedSecrets: readonly string[];
}

/** What a route's signature covers: nothing (POST /sessions), the body, or an id in the path. */
export type SignedOver = { kind: "none" } | { kind: "body"; body: Buffer } | { kind: "path"; id: string };

/** Veriff's checks, in its order: API key present, well-formed, known; then the HMAC. */
export function authenticate(request: IncomingMessage, credentials: Credentials, signedOver: SignedOver): void {
  const apiKey = header(request, "x-auth-client");
  if (!apiKey) {
    throw new ApiError(
      401,
      "1101",
      "Mandatory X-AUTH-CLIENT header containing the API key is missing from the request.",
    );
  }
  if (!UUID.test(apiKey)) throw new ApiError(401, "1802", "API key is not a valid UUID");
  if (apiKey.toLowerCase() !== credentials.apiKey.toLowerCase())
    throw new ApiError(401, "1803", "Integration not found");
  if (signedOver.kind === "none") return;

  const payload = signedOver.kind === "body" ? signedOver.body : signedOver.id;
  const result = verify(credentials.sharedSecrets, payload, header(request, "x-hmac-signature"));
  if (result.ok) return;
  if (result.reason !== "mismatch") throw new ApiError(401, "1812", "Signature is not a valid SHA256 hex");
  throw signedOver.kind === "body"
    ? new ApiError(401, "1819", "Signature does not match the HMAC-SHA256 of the request body")
    : new ApiError(401, "1818", "Signature does not match the HMAC-SHA256 of the id in the path");
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}
