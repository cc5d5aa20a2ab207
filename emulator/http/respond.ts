import type { ServerResponse } from "node:http";
import { sign } from "../../lib/veriff/signature";
import type { Credentials } from "./authenticate";

export type Reply = { status: number; json: unknown } | { status: number; bytes: Buffer; contentType: string };

/**
 * Sends a reply as Veriff does: compact JSON (or the media bytes), with
 * `x-auth-client` and `x-hmac-signature` over the exact body bytes. Veriff's
 * 401 answers carry no signature (the caller is not authenticated).
 */
export function send(
  response: ServerResponse,
  reply: Reply,
  credentials: Credentials,
  extraHeaders: Record<string, string> = {},
): void {
  const body = "json" in reply ? Buffer.from(JSON.stringify(reply.json)) : reply.bytes;
  const headers: Record<string, string | number> = {
    "content-type": "json" in reply ? "application/json" : reply.contentType,
    "content-length": body.length,
    "x-auth-client": credentials.apiKey,
    ...extraHeaders,
  };
  const master = credentials.sharedSecrets[0];
  if (reply.status !== 401 && master) headers["x-hmac-signature"] = sign(master, body);
  response.writeHead(reply.status, headers);
  response.end(body);
}
