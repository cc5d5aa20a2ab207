import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { BulkRowStateBadge, StateCounts } from "@/components/staff/bulk-row-state";
import { cell, DataTable, HeaderCells, rowClass } from "@/components/staff/data-table";
import { LocalTime } from "@/components/staff/local-time";
import { StatusBadge } from "@/components/staff/status-badge";
import { BULK_ROW_STATES, readBulkBatch } from "@/lib/staff/bulk-batches";
import { requireStaff } from "@/lib/staff/current-staff";
import { SESSION_STATUSES } from "@/lib/sessions/lifecycle";

export const metadata: Metadata = { title: "Bulk batch · Staff" };

const query = z.object({
  state: z.enum(BULK_ROW_STATES).optional().catch(undefined),
  after: z.coerce.number().int().min(0).optional().catch(undefined),
});

export default async function BulkBatchPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff();
  const { id } = await params;
  const { state, after } = query.parse(await searchParams);
  const page = await readBulkBatch(id, { state, after });
  if (!page) notFound();
  const { batch, rows, counts, statuses, matching, nextAfter } = page;
  const link = (change: { state?: string; after?: number }) => {
    const search = new URLSearchParams();
    const next = { state, ...change };
    if (next.state) search.set("state", next.state);
    if (change.after) search.set("after", String(change.after));
    const text = search.toString();
    return `/staff/bulk/${batch.id}${text ? `?${text}` : ""}`;
  };
  return (
    <main className="space-y-4">
      <div>
        <Link href="/staff/bulk" className="text-neutral-600 hover:text-accent-600 dark:text-neutral-400">
          ← Bulk batches
        </Link>
        <h1 className="text-xl font-semibold">{batch.manifestName}</h1>
        <p className="font-mono text-xs text-neutral-500">{batch.id}</p>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 rounded-xl border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
        <dt className="text-neutral-500">Started</dt>
        <dd>
          <LocalTime value={batch.createdAt} />
        </dd>
        <dt className="text-neutral-500">Finished</dt>
        <dd>{batch.finishedAt ? <LocalTime value={batch.finishedAt} /> : "Not yet"}</dd>
        <dt className="text-neutral-500">Rows</dt>
        <dd>
          {batch.rowCount}: <StateCounts counts={counts} order={BULK_ROW_STATES} />
        </dd>
        <dt className="text-neutral-500">Decisions</dt>
        <dd>
          <StateCounts counts={statuses} order={SESSION_STATUSES} />
        </dd>
        <dt className="text-neutral-500">Report</dt>
        <dd>
          <code>npm run bulk -- report {batch.id}</code>
        </dd>
      </dl>
      <nav aria-label="Filter rows by state" className="flex flex-wrap gap-2">
        {[undefined, ...BULK_ROW_STATES].map((option) => (
          <Link
            key={option ?? "all"}
            href={link({ state: option })}
            aria-current={option === state ? "page" : undefined}
            className="rounded-lg border border-neutral-300 px-3 py-1 hover:bg-neutral-100 aria-[current=page]:bg-neutral-900 aria-[current=page]:text-white dark:border-neutral-700 dark:hover:bg-neutral-800"
          >
            {option ?? "All"}
            {option ? ` (${counts[option] ?? 0})` : ""}
          </Link>
        ))}
      </nav>
      <DataTable
        label="Batch rows"
        head={<HeaderCells labels={["Row", "State", "Images", "Session", "Status", "Decision", "Problem"]} />}
        after={
          <p className="flex gap-4 p-3 text-neutral-500">
            {matching === 0 ? "None." : `${matching} ${state ?? ""} rows.`}
            {nextAfter !== null && (
              <Link href={link({ after: nextAfter })} className="hover:text-accent-600">
                Next rows →
              </Link>
            )}
          </p>
        }
      >
        {rows.map((row) => (
          <tr key={row.id} className={rowClass}>
            <td className={`${cell} tabular-nums`}>{row.rowNumber}</td>
            <td className={cell}>
              <BulkRowStateBadge state={row.state} />
              {row.tries > 0 && row.state !== "submitted" && (
                <span className="ml-2 text-xs text-neutral-500">{row.tries} tries</span>
              )}
            </td>
            <td className={`${cell} tabular-nums`}>
              {row.state === "invalid" ? "—" : `${row.imagesUploaded}/${row.imageCount}`}
            </td>
            <td className={`${cell} font-mono text-xs whitespace-nowrap`}>
              {row.session ? (
                <Link href={`/staff/sessions/${row.session.id}`} className="hover:text-accent-600">
                  {row.session.vendorData ?? row.session.id}
                </Link>
              ) : (
                "—"
              )}
            </td>
            <td className={cell}>{row.session ? <StatusBadge status={row.session.status} /> : "—"}</td>
            <td className={cell}>
              {row.session?.decisionCode ?? "—"}
              {row.session?.decisionReason && (
                <span className="ml-2 text-neutral-600 dark:text-neutral-400">{row.session.decisionReason}</span>
              )}
            </td>
            <td className={cell}>
              {row.errorCode && row.state !== "submitted" ? (
                <span title={row.errorMessage ?? undefined}>
                  <span className="font-mono text-xs">{row.errorCode}</span>{" "}
                  <span className="text-neutral-600 dark:text-neutral-400">{row.errorMessage}</span>
                </span>
              ) : (
                "—"
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </main>
  );
}
