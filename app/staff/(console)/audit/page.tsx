import type { Metadata } from "next";
import Link from "next/link";
import { cell, DataTable, HeaderCells, rowClass } from "@/components/staff/data-table";
import { LocalTime } from "@/components/staff/local-time";
import { listAudit } from "@/lib/staff/audit";
import { requireStaff } from "@/lib/staff/current-staff";

export const metadata: Metadata = { title: "Audit log · Staff" };

const ACTIONS: Record<string, string> = {
  "session.viewed_personal_data": "Viewed personal data",
  "session.viewed_image": "Viewed an image",
  "session.refreshed": "Refreshed from Veriff",
  "session.new_capture_link": "Issued a new capture link",
  "session.deleted": "Deleted a session",
  "staff.created": "Added a staff member",
  "staff.role_changed": "Changed a role",
  "staff.removed": "Removed a staff member",
  "staff.sign_in_unlocked": "Cleared a staff member's failed sign-ins",
};

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  await requireStaff("audit.read");
  const { after } = await searchParams;
  const page = await listAudit(typeof after === "string" ? after : undefined);
  return (
    <main className="space-y-4">
      <h1 className="text-xl font-semibold">Audit log</h1>
      <p className="text-neutral-600 dark:text-neutral-400">
        Every staff action, and every view of a session&apos;s personal data or images.
      </p>
      <DataTable
        label="Audit log"
        head={<HeaderCells labels={["When", "Who", "What", "Session", "Details"]} />}
        after={page.rows.length === 0 && <p className="p-6 text-center text-neutral-500">Nothing recorded yet.</p>}
      >
        {page.rows.map((row) => (
          <tr key={row.id} className={rowClass}>
            <td className={cell}>
              <LocalTime value={row.occurredAt} />
            </td>
            <td className={cell}>{row.actorEmail}</td>
            <td className={cell}>{ACTIONS[row.action] ?? row.action}</td>
            <td className={cell}>
              {row.sessionId ? (
                <Link
                  href={`/staff/sessions/${row.sessionId}`}
                  className="font-mono text-accent-600 hover:underline dark:text-accent-300"
                >
                  {row.sessionId.slice(0, 8)}…
                </Link>
              ) : (
                "—"
              )}
            </td>
            <td className={`${cell} font-mono text-xs`}>{row.details ? JSON.stringify(row.details) : ""}</td>
          </tr>
        ))}
      </DataTable>
      {page.after && (
        <Link
          href={`/staff/audit?after=${page.after}`}
          className="inline-block rounded-lg border border-neutral-300 bg-white px-3 py-1.5 dark:border-neutral-700 dark:bg-neutral-900"
        >
          Older →
        </Link>
      )}
    </main>
  );
}
