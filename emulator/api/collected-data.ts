// POST /sessions/{id}/collected-data: device and network data collected by the integrator.
import { ApiError } from "../http/errors";
import type { Reply } from "../http/respond";
import type { RequestContext } from "../router";
import { isRecord, parseJsonObject } from "../validation";
import { existing } from "./sessions";

export function collectedData({ emulator, params, body }: RequestContext): Reply {
  const session = existing(emulator, params.id);
  const data = parseJsonObject(body);
  const network = isRecord(data.network) && isRecord(data.network.ip) ? data.network.ip : undefined;
  const device = isRecord(data.device) ? data.device : undefined;
  const missing = [
    typeof data.providerName === "string" && data.providerName ? undefined : "providerName",
    typeof network?.addressV4 === "string" || typeof network?.addressV6 === "string"
      ? undefined
      : "network.ip.addressV4|addressV6",
    typeof device?.fingerprint === "string" && device.fingerprint ? undefined : "device.fingerprint",
  ].filter(Boolean);
  if (missing.length)
    throw new ApiError(400, "1102", `Mandatory parameters are missing from the request: ${missing.join(", ")}`);
  // Veriff asks for empty fields to be omitted rather than sent as null.
  const nullPath = findNull(data);
  if (nullPath) throw new ApiError(400, "1104", `Invalid parameters: ${nullPath} is null; omit empty fields instead`);
  session.collectedData.push(data);
  return { status: 200, json: { status: "success" } };
}

function findNull(value: unknown, path = ""): string | undefined {
  if (value === null) return path || "(body)";
  if (!isRecord(value) && !Array.isArray(value)) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = findNull(child, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return undefined;
}
