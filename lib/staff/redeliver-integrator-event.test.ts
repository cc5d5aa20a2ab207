// Redelivering an event for the integrator, and the lists staff see, against a real PostgreSQL and endpoint.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportEnv } from "@/lib/env";
import { recordIntegratorEvents } from "@/lib/integrator-webhooks/record-integrator-events";
import { deliverDueEvents } from "@/lib/integrator-webhooks/run-delivery-loop";
import { startWebhookReceiver, type WebhookReceiver } from "@/scripts/test-support/webhook-receiver";
import type { StaffMember } from "./current-staff";
import { listProblemIntegratorEvents, listSessionIntegratorEvents } from "./integrator-event-list";
import { redeliverIntegratorEvent } from "./redeliver-integrator-event";
import { separateDatabase } from "@/scripts/test-support/separate-database";

let receiver: WebhookReceiver;
// Workers claim every due event: this file's own database keeps other files' events out of its counts.
separateDatabase("redeliver_integrator_event");
beforeAll(async () => {
  receiver = await startWebhookReceiver();
  exportEnv({
    INTEGRATOR_WEBHOOK_URL: receiver.url,
    INTEGRATOR_WEBHOOK_SECRETS: "integrator-secret-0123456789abcdef0123456789",
    INTEGRATOR_WEBHOOK_RETRY_BASE_MS: "10000",
  });
});
afterAll(() => receiver.close());

const staff = (role: "admin" | "agent"): StaffMember => ({
  id: randomUUID(),
  email: `${role}-${randomUUID().slice(0, 8)}@example.com`,
  name: role,
  role,
});

/** A session whose one event was tried for 3 days and given up on (its clock started 4 days ago). */
async function failedEvent() {
  const session = await db().verificationSession.create({ data: {} });
  const long = new Date(Date.now() - 4 * 24 * 60 * 60 * 1000);
  await db().$transaction((tx) => recordIntegratorEvents(tx, [session.id], "session.created", { now: long }));
  const event = await db().integratorEvent.findFirstOrThrow({ where: { sessionId: session.id } });
  receiver.answer = (delivery) => (delivery.body.id === event.id ? 502 : 200);
  while ((await db().integratorEvent.findUniqueOrThrow({ where: { id: event.id } })).state === "pending")
    await deliverDueEvents();
  return { session, event };
}

describe("redeliverIntegratorEvent", () => {
  it("lets an admin send a failed event again, audited; it then goes out with the same id and body", async () => {
    const { session, event } = await failedEvent();
    const admin = staff("admin");
    const listed = await listProblemIntegratorEvents();
    expect(listed.failed.rows.map((row) => row.id)).toContain(event.id);
    expect(listed.failed.rows.find((row) => row.id === event.id)).toMatchObject({ attempts: 1, lastError: "HTTP 502" });

    expect(await redeliverIntegratorEvent(admin, event.id)).toEqual({ ok: true, sessionId: session.id });
    expect(await db().integratorEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      state: "pending",
      failedAt: null,
    });
    expect(
      await db().auditLogEntry.findFirst({ where: { actorId: admin.id, action: "integrator_event.redelivered" } }),
    ).toMatchObject({ sessionId: session.id, details: { eventId: event.id, previousState: "failed" } });

    receiver.answer = () => 200;
    const before = receiver.received.filter((delivery) => delivery.body.id === event.id);
    expect(await deliverDueEvents()).toBeGreaterThanOrEqual(1);
    const [events] = [await listSessionIntegratorEvents(session.id)];
    expect(events[0]).toMatchObject({ state: "delivered", attempts: 2 });
    expect(events[0]!.tries.map((attempt) => [attempt.number, attempt.status])).toEqual([
      [2, 200],
      [1, 502],
    ]);
    const after = receiver.received.filter((delivery) => delivery.body.id === event.id);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)!.raw.equals(before[0]!.raw)).toBe(true);
    expect((await listProblemIntegratorEvents()).failed.rows.map((row) => row.id)).not.toContain(event.id);
  });

  it("refuses an agent, and an unknown event, writing nothing", async () => {
    const { event } = await failedEvent();
    const agent = staff("agent");
    expect(await redeliverIntegratorEvent(agent, event.id)).toMatchObject({ ok: false, code: "not_allowed" });
    expect(await redeliverIntegratorEvent(staff("admin"), randomUUID())).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await redeliverIntegratorEvent(staff("admin"), "not-a-uuid")).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect((await db().integratorEvent.findUniqueOrThrow({ where: { id: event.id } })).state).toBe("failed");
    expect(await db().auditLogEntry.count({ where: { actorId: agent.id } })).toBe(0);
  });
});
