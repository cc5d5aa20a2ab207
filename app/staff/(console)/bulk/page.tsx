import type { Metadata } from "next";
import Link from "next/link";
import { StateCounts } from "@/components/staff/bulk-row-state";
import { cell, DataTable, HeaderCells, rowClass } from "@/components/staff/data-table";
import { LocalTime } from "@/components/staff/local-time";
import { BULK_ROW_STATES, listBulkBatches } from "@/lib/staff/bulk-batches";
import { requireStaff } from "@/lib/staff/current-staff";
import { SESSION_STATUSES } from "@/lib/sessions/lifecycle";

export const metadata: Metadata = { title: "Bulk batches · Staff" };

export default async function BulkBatchesPage() {
  await requireStaff();
  const batches = await listBulkBatches();
  return (
    <main className="space-y-4">
      <h1 className="text-xl font-semibold">Bulk batches</h1>
      <p className="text-neutral-600 dark:text-neutral-400">
        Manifests sent with <code>npm run bulk</code>, newest first. Decisions arrive as for any session.
      </p>
      {batches.length === 0 ? (
        <p className="rounded-xl border border-neutral-200 bg-white p-4 text-neutral-500 dark:border-neutral-800 dark:bg-neutral-900">
          No batch yet.
        </p>
      ) : (
        <DataTable
          label="Bulk batches"
          head={<HeaderCells labels={["Started", "Manifest", "Rows", "Progress", "Decisions", "Finished"]} />}
        >
          {batches.map((batch) => (
            <tr key={batch.id} className={rowClass}>
              <td className={cell}>
                <LocalTime value={batch.createdAt} />
              </td>
              <td className={cell}>
                <Link href={`/staff/bulk/${batch.id}`} className="font-medium hover:text-accent-600">
                  {batch.manifestName}
                </Link>
                <div className="font-mono text-xs text-neutral-500">{batch.id}</div>
              </td>
              <td className={`${cell} tabular-nums`}>{batch.rowCount}</td>
              <td className={cell}>
                <StateCounts counts={batch.rows} order={BULK_ROW_STATES} />
              </td>
              <td className={cell}>
                <StateCounts counts={batch.statuses} order={SESSION_STATUSES} />
              </td>
              <td className={cell}>{batch.finishedAt ? <LocalTime value={batch.finishedAt} /> : "—"}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </main>
  );
}
