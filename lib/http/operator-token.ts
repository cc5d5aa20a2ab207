import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { serverEnv } from "@/lib/env";

/**
 * Whether the request carries METRICS_TOKEN as its bearer token: `off` when
 * no token is set (the operator endpoints are then closed to everyone).
 * Compared as SHA-256 digests in constant time, so neither the token's
 * content nor its length leaks through timing.
 */
export function operatorAccess(request: Request): "off" | "granted" | "denied" {
  const token = serverEnv().METRICS_TOKEN;
  if (!token) return "off";
  const presented = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!presented) return "denied";
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(token), digest(presented)) ? "granted" : "denied";
}
