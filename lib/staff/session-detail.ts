import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/is-uuid";
import { buildTimeline } from "./timeline";

/**
 * Everything staff see about a session without revealing personal data:
 * status, decision codes, the timeline, uploads (metadata) and webhook
 * deliveries (metadata). Names, numbers and raw payloads come from
 * loadPersonalData, which is audited.
 */
export async function loadSessionDetail(id: string) {
  if (!isUuid(id)) return null;
  const session = await db().verificationSession.findUnique({
    where: { id },
    select: {
      id: true,
      veriffSessionId: true,
      status: true,
      vendorData: true,
      endUserId: true,
      documentType: true,
      documentCountry: true,
      proofOfAddress: true,
      attemptNumber: true,
      captureTokenExpiresAt: true,
      createdAt: true,
      updatedAt: true,
      submittedAt: true,
      decidedAt: true,
      acceptedAt: true,
      decisionAttemptId: true,
      decisionCode: true,
      decisionReason: true,
      decisionReasonCode: true,
      purgedAt: true,
      uploads: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          context: true,
          attemptNumber: true,
          status: true,
          source: true,
          bothSides: true,
          mimeType: true,
          sizeBytes: true,
          width: true,
          height: true,
          errorCode: true,
          uploadMs: true,
          createdAt: true,
        },
      },
      events: {
        orderBy: { occurredAt: "asc" },
        select: { id: true, type: true, actor: true, data: true, occurredAt: true },
      },
      webhooks: {
        orderBy: { receivedAt: "asc" },
        select: {
          id: true,
          kind: true,
          attemptId: true,
          receivedAt: true,
          processedAt: true,
          processingError: true,
          verifiedKeyIndex: true,
        },
      },
    },
  });
  if (!session) return null;
  const { events, ...rest } = session;
  const failed = session.uploads.filter((upload) => upload.status === "failed");
  return { ...rest, timeline: buildTimeline(events, failed) };
}
export type SessionDetail = NonNullable<Awaited<ReturnType<typeof loadSessionDetail>>>;

/** The session's personal data and raw webhook payloads; callers record who looked (lib/staff/audit.ts). */
export async function loadPersonalData(id: string) {
  if (!isUuid(id)) return null;
  const data = await db().verificationSession.findUnique({
    where: { id },
    select: {
      personFirstName: true,
      personLastName: true,
      personDateOfBirth: true,
      personIdNumber: true,
      documentNumber: true,
      documentValidUntil: true,
      decisionData: true,
      webhooks: {
        orderBy: { receivedAt: "asc" },
        select: { id: true, kind: true, receivedAt: true, rawBody: true, headers: true },
      },
    },
  });
  if (!data) return null;
  // Shown as text: bytes that are not UTF-8 appear as replacement characters, the stored body stays as it came.
  const webhooks = data.webhooks.map((webhook) => ({
    ...webhook,
    rawBody: Buffer.from(webhook.rawBody).toString("utf8"),
  }));
  return { ...data, webhooks };
}
export type PersonalData = NonNullable<Awaited<ReturnType<typeof loadPersonalData>>>;

/** Changes whenever anything shown on the detail page changes: the page polls it to update live. */
export async function sessionVersion(id: string): Promise<string | null> {
  if (!isUuid(id)) return null;
  const [row] = await db().$queryRaw<{ version: string }[]>`
    select concat_ws('|', s.updated_at,
      (select count(*) from session_events e where e.session_id = s.id),
      (select count(*) from media_uploads m where m.session_id = s.id),
      (select count(*) from webhook_deliveries w where w.session_id = s.id),
      (select concat_ws(':', count(*), sum(i.attempts), count(*) filter (where i.state = 'delivered'))
        from integrator_events i where i.session_id = s.id)) as version
    from verification_sessions s where s.id = ${id}::uuid`;
  return row?.version ?? null;
}
