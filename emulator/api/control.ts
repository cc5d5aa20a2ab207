// The control API under /__emulator/ (JSON, no authentication: the emulator
// only ever runs on a developer's or CI machine) and its small HTML page.
import type { IncomingMessage, ServerResponse } from "node:http";
import { OUTCOMES, type OutcomeName } from "../decisions";
import type { Emulator } from "../emulator";
import type { FaultSettings } from "../faults";
import { readBody } from "../http/read-body";
import { otherWebhookPayload } from "../other-webhooks";
import type { Session } from "../store";
import { isRecord } from "../validation";
import { controlPage } from "./control-page";

export async function control(
  emulator: Emulator,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const path = url.pathname.replace(/^\/__emulator\/?/, "/").replace(/\/$/, "") || "/";
  const reply = (status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  };
  let input: Record<string, unknown> = {};
  if (request.method === "POST" || request.method === "PUT") {
    const raw = await readBody(request).catch(() => Buffer.from("{}"));
    try {
      const parsed: unknown = raw.length ? JSON.parse(raw.toString("utf8")) : {};
      input = isRecord(parsed) ? parsed : {};
    } catch {
      return reply(400, { error: "body must be JSON" });
    }
  }
  const route = `${request.method} ${path.replace(/\/sessions\/[^/]+\/(decision|next-decision)$/, "/sessions/{id}/$1")}`;

  switch (route) {
    case "GET /":
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(controlPage(emulator));
      return;
    case "GET /sessions":
      emulator.expireStaleSessions();
      return reply(200, {
        sessions: [...emulator.store.sessions.values()].map((session) => sessionView(emulator, session)),
      });
    case "POST /sessions/{id}/decision": {
      const session = emulator.session(path.split("/")[2] ?? "");
      if (!session) return reply(404, { error: "unknown session" });
      const outcome = outcomeFrom(input);
      if (!outcome) return reply(400, { error: `status must be one of ${Object.keys(OUTCOMES).join(", ")}` });
      const decision = emulator.decide(session, outcome, {
        person: isRecord(input.person) ? input.person : undefined,
        document: isRecord(input.document) ? input.document : undefined,
      });
      return reply(200, { session: sessionView(emulator, session), decision });
    }
    case "PUT /sessions/{id}/next-decision": {
      // Scripts the decision of the session's next submit, for tests that must know it in advance.
      const session = emulator.session(path.split("/")[2] ?? "");
      if (!session) return reply(404, { error: "unknown session" });
      const outcome = outcomeFrom(input);
      if (!outcome) return reply(400, { error: `status must be one of ${Object.keys(OUTCOMES).join(", ")}` });
      session.nextOutcome = outcome;
      return reply(200, { nextDecision: outcome });
    }
    case "GET /faults":
      return reply(200, emulator.faults.current);
    case "PUT /faults":
      emulator.faults.configure(input as Partial<FaultSettings>);
      return reply(200, emulator.faults.current);
    case "POST /reset":
      emulator.reset();
      return reply(200, { reset: true });
    case "POST /clock": {
      const advanceMs = Number(input.advanceMs ?? 0);
      if (!Number.isFinite(advanceMs) || advanceMs < 0)
        return reply(400, { error: "advanceMs must be a positive number" });
      emulator.clock.advance(advanceMs);
      emulator.expireStaleSessions();
      return reply(200, { now: emulator.clock.now().toISOString() });
    }
    case "GET /webhooks":
      return reply(200, { deliveries: emulator.webhooks.deliveries });
    case "POST /webhooks": {
      const kind = typeof input.kind === "string" && input.kind ? input.kind : undefined;
      if (!kind) return reply(400, { error: "kind is required" });
      const session = typeof input.sessionId === "string" ? emulator.session(input.sessionId) : undefined;
      const payload = isRecord(input.payload)
        ? input.payload
        : otherWebhookPayload(kind, session, emulator.clock.now());
      const delivery = emulator.webhooks.send(kind, payload, {
        sessionId: session?.id,
        attemptId: session?.attempts.at(-1)?.id,
      });
      return reply(202, { delivery });
    }
    default:
      return reply(404, { error: `no control route ${request.method} ${url.pathname}` });
  }
}

/** A preset outcome by name, with code, reason and reason code overridable. */
function outcomeFrom(input: Record<string, unknown>) {
  const preset = OUTCOMES[String(input.status ?? "approved") as OutcomeName];
  if (!preset) return undefined;
  return {
    status: preset.status,
    code: typeof input.code === "number" ? input.code : preset.code,
    reason: typeof input.reason === "string" ? input.reason : preset.reason,
    reasonCode: typeof input.reasonCode === "number" ? input.reasonCode : preset.reasonCode,
  };
}

function sessionView(emulator: Emulator, session: Session) {
  return {
    id: session.id,
    status: session.status,
    createdAt: session.createdAt.toISOString(),
    vendorData: session.vendorData,
    endUserId: session.endUserId,
    person: session.person,
    document: session.document,
    collectedData: session.collectedData,
    submitRequests: session.submitRequests,
    attempts: session.attempts.map((attempt) => ({
      id: attempt.id,
      status: attempt.status,
      createdAt: attempt.createdAt.toISOString(),
      submittedAt: attempt.submittedAt?.toISOString() ?? null,
      decision: attempt.decision ?? null,
      media: attempt.media.map((media) => ({
        id: media.id,
        kind: media.kind,
        context: media.context,
        mimetype: media.mimetype,
        size: media.size,
        width: media.width ?? null,
        height: media.height ?? null,
        flags: media.flags,
        createdAt: media.createdAt.toISOString(),
        url: `${emulator.baseUrl}/v1/media/${media.id}`,
      })),
    })),
  };
}
