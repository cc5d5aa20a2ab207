import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IntegratorEvents } from "@/components/staff/integrator-events";
import { LiveRefresh } from "@/components/staff/live-refresh";
import { LocalTime } from "@/components/staff/local-time";
import { PersonalDataPanel } from "@/components/staff/personal-data";
import { SessionActions } from "@/components/staff/session-actions";
import { StatusBadge } from "@/components/staff/status-badge";
import { Timeline } from "@/components/staff/timeline";
import { UploadGallery } from "@/components/staff/upload-gallery";
import { requireStaff } from "@/lib/staff/current-staff";
import { listSessionIntegratorEvents } from "@/lib/staff/integrator-event-list";
import { can } from "@/lib/staff/permissions";
import { loadSessionDetail, sessionVersion } from "@/lib/staff/session-detail";
import { reasonInPlainWords } from "@/lib/veriff/reason-codes";

export const metadata: Metadata = { title: "Session · Staff" };

const CHECKS = {
  none: "identity",
  with_identity: "identity and proof of address",
  only: "proof of address only",
} as const;

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff();
  const { id } = await params;
  // The version first: a change landing between the two reads then costs one extra refresh, never a missed one.
  const version = await sessionVersion(id);
  const session = await loadSessionDetail(id);
  if (!session || version === null) notFound();
  const integratorEvents = await listSessionIntegratorEvents(session.id);

  const facts: [string, React.ReactNode][] = [
    ["Session id", <code key="id">{session.id}</code>],
    ["Veriff id", session.veriffSessionId ? <code key="v">{session.veriffSessionId}</code> : "—"],
    [
      "Document",
      [session.documentType?.replaceAll("_", " ").toLowerCase(), session.documentCountry].filter(Boolean).join(", ") ||
        "—",
    ],
    ["Asks for", CHECKS[session.proofOfAddress]],
    ["vendorData", session.vendorData ?? "—"],
    ["End-user id", session.endUserId ?? "—"],
    ["Attempt", String(session.attemptNumber)],
    ["Created", <LocalTime key="c" value={session.createdAt} />],
    ["Submitted", <LocalTime key="s" value={session.submittedAt} />],
    ["Decided", <LocalTime key="d" value={session.decidedAt} />],
    ["Link expires", <LocalTime key="e" value={session.captureTokenExpiresAt} />],
  ];

  return (
    <main className="space-y-6">
      <LiveRefresh sessionId={session.id} version={version} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <Link href="/staff" className="text-neutral-500 hover:text-accent-600">
            ← Sessions
          </Link>
          <h1 className="mt-1 flex items-center gap-3 text-xl font-semibold">
            Session <code className="text-base">{session.id.slice(0, 8)}</code> <StatusBadge status={session.status} />
          </h1>
        </div>
        <SessionActions
          sessionId={session.id}
          canDelete={can(staff.role, "sessions.delete")}
          canNewLink={can(staff.role, "sessions.new_link")}
        />
      </div>

      <div className="grid gap-6 lg:grid-cols-[1fr_1.2fr]">
        <div className="space-y-6">
          <Section title="Details">
            <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
              {facts.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-neutral-500">{label}</dt>
                  <dd className="break-all">{value}</dd>
                </div>
              ))}
            </dl>
          </Section>
          <Section title="Decision">
            {session.decisionCode === null && session.decisionReasonCode === null ? (
              <p className="text-neutral-500">No decision yet.</p>
            ) : (
              <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
                <dt className="text-neutral-500">Status</dt>
                <dd>
                  <StatusBadge status={session.status} />
                </dd>
                <dt className="text-neutral-500">Code</dt>
                <dd>{session.decisionCode ?? "—"}</dd>
                <dt className="text-neutral-500">Reason</dt>
                <dd>
                  {reasonInPlainWords(session.decisionReasonCode) ?? session.decisionReason ?? "—"}
                  {session.decisionReasonCode !== null && (
                    <span className="text-neutral-500"> (code {session.decisionReasonCode})</span>
                  )}
                </dd>
                <dt className="text-neutral-500">Attempt id</dt>
                <dd className="break-all">{session.decisionAttemptId ?? "—"}</dd>
                <dt className="text-neutral-500">Accepted</dt>
                <dd>
                  <LocalTime value={session.acceptedAt} />
                </dd>
              </dl>
            )}
          </Section>
          <Section title="Personal data">
            {session.purgedAt ? (
              <p className="text-neutral-500">
                Purged by retention on <LocalTime value={session.purgedAt} />.
              </p>
            ) : (
              <PersonalDataPanel sessionId={session.id} />
            )}
          </Section>
        </div>
        <div className="space-y-6">
          <Section title="Timeline">
            <Timeline entries={session.timeline} />
          </Section>
          <Section title={`Uploads (${session.uploads.length})`}>
            <UploadGallery sessionId={session.id} uploads={session.uploads} />
          </Section>
          <Section title={`Webhook deliveries (${session.webhooks.length})`}>
            {session.webhooks.length === 0 ? (
              <p className="text-neutral-500">None yet.</p>
            ) : (
              <ul className="space-y-1">
                {session.webhooks.map((webhook) => (
                  <li key={webhook.id}>
                    <LocalTime value={webhook.receivedAt} /> · {webhook.kind} · key #{webhook.verifiedKeyIndex + 1}
                    {webhook.processingError ? (
                      <span className="text-red-700 dark:text-red-300"> · failed: {webhook.processingError}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={`Webhooks to the integrator (${integratorEvents.length})`}>
            <IntegratorEvents events={integratorEvents} canRedeliver={can(staff.role, "integrator_events.redeliver")} />
          </Section>
        </div>
      </div>
    </main>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-xl border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      <h2 className="mb-3 font-semibold">{title}</h2>
      {children}
    </section>
  );
}
