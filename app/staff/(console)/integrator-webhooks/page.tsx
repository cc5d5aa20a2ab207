import type { Metadata } from "next";
import Link from "next/link";
import { cell, DataTable, HeaderCells, rowClass } from "@/components/staff/data-table";
import { IntegratorEventStateBadge } from "@/components/staff/integrator-event-state";
import { LocalTime } from "@/components/staff/local-time";
import { RedeliverButton } from "@/components/staff/redeliver-button";
import { requireStaff } from "@/lib/staff/current-staff";
import { listProblemIntegratorEvents, type IntegratorEventRow } from "@/lib/staff/integrator-event-list";
import { can } from "@/lib/staff/permissions";

export const metadata: Metadata = { title: "Integrator webhooks · Staff" };

export default async function IntegratorWebhooksPage() {
  const staff = await requireStaff();
  const { failed, failing } = await listProblemIntegratorEvents();
  const canRedeliver = can(staff.role, "integrator_events.redeliver");
  return (
    <main className="space-y-8">
      <h1 className="text-xl font-semibold">Webhooks to the integrator needing attention</h1>
      <EventTable
        title="Failed"
        explanation="Tried for 3 days without a 2xx answer, then given up; the session's later events went on. An admin can send one again."
        list={failed}
        canRedeliver={canRedeliver}
      />
      <EventTable
        title="Failing"
        explanation="A try failed; the next one is scheduled. The session's later events wait for it."
        list={failing}
        canRedeliver={canRedeliver}
      />
    </main>
  );
}

function EventTable({
  title,
  explanation,
  list,
  canRedeliver,
}: {
  title: string;
  explanation: string;
  list: { rows: IntegratorEventRow[]; total: number };
  canRedeliver: boolean;
}) {
  return (
    <section className="space-y-2" aria-label={title}>
      <h2 className="text-lg font-semibold">
        {title} ({list.total})
      </h2>
      <p className="text-neutral-600 dark:text-neutral-400">{explanation}</p>
      {list.rows.length === 0 ? (
        <p className="rounded-xl border border-neutral-200 bg-white p-4 text-neutral-500 dark:border-neutral-800 dark:bg-neutral-900">
          None.
        </p>
      ) : (
        <DataTable
          label="Webhooks to the integrator"
          head={
            <HeaderCells
              labels={["Last try", "Session", "Event", "State", "Tries", "Last error", ...(canRedeliver ? [""] : [])]}
            />
          }
          after={
            list.total > list.rows.length && (
              <p className="p-3 text-neutral-500">Showing the latest {list.rows.length}.</p>
            )
          }
        >
          {list.rows.map((row) => (
            <tr key={row.id} className={rowClass}>
              <td className={cell}>
                <LocalTime value={row.lastAttemptAt} />
              </td>
              <td className={`${cell} font-mono`}>
                <Link href={`/staff/sessions/${row.sessionId}`} className="hover:text-accent-600">
                  {row.sessionId.slice(0, 8)}
                </Link>
              </td>
              <td className={cell}>
                #{row.sequence} {row.type}
              </td>
              <td className={cell}>
                <IntegratorEventStateBadge state={row.state} attempts={row.attempts} />
              </td>
              <td className={cell}>{row.attempts}</td>
              <td className={cell}>{row.lastError ?? "—"}</td>
              {canRedeliver && (
                <td className={cell}>
                  <RedeliverButton eventId={row.id} label={`Redeliver ${row.type} #${row.sequence}`} />
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
