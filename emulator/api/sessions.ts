// POST /sessions, POST /sessions/validate-registry, PATCH /sessions/{id}, DELETE /sessions/{id}
import { ApiError, notFound } from "../http/errors";
import type { Reply } from "../http/respond";
import type { RequestContext } from "../router";
import type { Session } from "../store";
import { checkTimestamp, checkVendorData, isRecord, parseJsonObject } from "../validation";
import { verificationView } from "./views";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOUR_MS = 60 * 60 * 1000;

export function create({ emulator, body }: RequestContext): Reply {
  const session = createFromBody(emulator, body);
  return { status: 201, json: { status: "success", verification: verificationView(emulator, session) } };
}

/** Creates a session and validates a national id number against the (emulated) registry. */
export function validateRegistry({ emulator, body }: RequestContext): Reply {
  const session = createFromBody(emulator, body);
  const idNumber = session.person.idNumber;
  if (typeof idNumber !== "string" || !idNumber.trim()) {
    emulator.store.deleteSession(session);
    throw new ApiError(400, "1102", "Mandatory parameters are missing from the request: verification.person.idNumber");
  }
  session.registry = { idNumber };
  emulator.submit(session);
  return { status: 201, json: { status: "success", verification: verificationView(emulator, session) } };
}

export function update({ emulator, params, body }: RequestContext): Reply {
  const session = existing(emulator, params.id);
  // Every PATCH that reached a known session, refused or not: tests prove a client submits once.
  session.submitRequests += 1;
  const verification = parseJsonObject(body).verification;
  if (!isRecord(verification) || verification.status === undefined) {
    throw new ApiError(400, "1102", "Mandatory parameters are missing from the request: verification.status");
  }
  checkTimestamp(verification.timestamp, emulator.clock.now());
  if (verification.status !== "submitted")
    throw new ApiError(400, "1303", 'Invalid status: only "submitted" can be set');
  // Veriff submits only from created or started: after a resubmission request the new attempt needs media first.
  if (session.status !== "created" && session.status !== "started") {
    throw new ApiError(409, "1304", `Cannot transition to status "submitted" from "${session.status}"`);
  }
  emulator.submit(session);
  return { status: 200, json: { status: "success", verification: verificationView(emulator, session) } };
}

export function remove({ emulator, params }: RequestContext): Reply {
  const session = existing(emulator, params.id);
  const now = emulator.clock.now().getTime();
  const lastHour = emulator.deletions.filter((at) => now - at.getTime() < HOUR_MS).length;
  const lastDay = emulator.deletions.filter((at) => now - at.getTime() < 24 * HOUR_MS).length;
  if (lastHour >= 5 || lastDay >= 10)
    throw new ApiError(429, "1101", "Session deletion is limited to 5 per hour and 10 per day");
  emulator.deletions.push(emulator.clock.now());
  emulator.store.deleteSession(session);
  return { status: 200, json: { status: "success" } };
}

export function existing(emulator: RequestContext["emulator"], id: string | undefined): Session {
  const session = id ? emulator.session(id) : undefined;
  if (!session) throw notFound();
  return session;
}

function createFromBody(emulator: RequestContext["emulator"], body: Buffer): Session {
  const verification = parseJsonObject(body).verification;
  if (!isRecord(verification)) {
    throw new ApiError(400, "1102", "Mandatory parameters are missing from the request: verification");
  }
  const { callback, person = {}, document = {}, vendorData, endUserId, timestamp } = verification;
  checkVendorData(vendorData);
  checkTimestamp(timestamp, emulator.clock.now());
  if (callback !== undefined && (typeof callback !== "string" || !URL.canParse(callback))) {
    throw new ApiError(400, "1104", "Invalid parameters: callback must be a URL");
  }
  if (endUserId !== undefined && endUserId !== null && (typeof endUserId !== "string" || !UUID.test(endUserId))) {
    throw new ApiError(400, "1104", "Invalid parameters: endUserId must be a UUID");
  }
  if (!isRecord(person) || !isRecord(document)) {
    throw new ApiError(400, "1104", "Invalid parameters: person and document must be objects");
  }
  return emulator.store.createSession({
    createdAt: emulator.clock.now(),
    vendorData: (vendorData as string | null | undefined) ?? null,
    endUserId: (endUserId as string | null | undefined) ?? null,
    callback: (callback as string | undefined) ?? null,
    person,
    document,
  });
}
