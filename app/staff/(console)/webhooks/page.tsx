import type { Metadata } from "next";
import { cell, DataTable, HeaderCells, rowClass } from "@/components/staff/data-table";
import { LocalTime } from "@/components/staff/local-time";
import { requireStaff } from "@/lib/staff/current-staff";
import { listProblemWebhooks } from "@/lib/staff/webhook-list";

export const metadata: Metadata = { title: "Webhooks · Staff" };

export default async function WebhooksPage() {
  await requireStaff();
  const { unmatched, failed } = await listProblemWebhooks();
  return (
    <main className="space-y-8">
      <h1 className="text-xl font-semibold">Webhooks needing attention</h1>
      <WebhookTable
        title="Failed deliveries"
        explanation="Verified and stored, but applying them failed. Veriff retries them; each leaves this list once applied."
        list={failed}
      />
      <WebhookTable
        title="Unmatched webhooks"
        explanation="Verified webhooks naming a Veriff session this app did not create (another integration, or a deleted session)."
        list={unmatched}
      />
    </main>
  );
}

type Row = Awaited<ReturnType<typeof listProblemWebhooks>>["failed"]["rows"][number];

function WebhookTable({
  title,
  explanation,
  list,
}: {
  title: string;
  explanation: string;
  list: { rows: Row[]; total: number };
}) {
  return (
    <section className="space-y-2">
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
          label="Webhooks"
          head={<HeaderCells labels={["Received", "Kind", "Veriff session", "Attempt", "Problem"]} />}
          after={
            list.total > list.rows.length && (
              <p className="p-3 text-neutral-500">Showing the latest {list.rows.length}.</p>
            )
          }
        >
          {list.rows.map((row) => (
            <tr key={row.id} className={rowClass}>
              <td className={cell}>
                <LocalTime value={row.receivedAt} />
              </td>
              <td className={cell}>{row.kind}</td>
              <td className={`${cell} font-mono`}>{row.veriffSessionId ?? "—"}</td>
              <td className={`${cell} font-mono`}>{row.attemptId ?? "—"}</td>
              <td className={cell}>{row.processingError ?? "No session of ours"}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
