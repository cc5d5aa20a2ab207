import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { serverEnv } from "@/lib/env";

export type OperatorAccess = "off" | "granted" | "denied";

/**
 * Whether the request carries METRICS_TOKEN as its bearer token: `off` when
 * no token is set (the operator endpoints are then closed to everyone).
 */
export function operatorAccess(request: Request): OperatorAccess {
  return operatorAccessOf(request.headers.get("authorization"));
}

/**
 * The same for an Authorization header's value. Compared as SHA-256 digests
 * in constant time, so neither the token's content nor its length leaks
 * through timing.
 */
export function operatorAccessOf(authorization: string | null | undefined): OperatorAccess {
  const token = serverEnv().METRICS_TOKEN;
  if (!token) return "off";
  const presented = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  if (!presented) return "denied";
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(token), digest(presented)) ? "granted" : "denied";
}
