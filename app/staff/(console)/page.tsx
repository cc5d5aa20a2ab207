import type { Metadata } from "next";
import Link from "next/link";
import { cell, DataTable, HeaderCells, rowClass } from "@/components/staff/data-table";
import { LocalTime } from "@/components/staff/local-time";
import { STATUS_LABELS, StatusBadge } from "@/components/staff/status-badge";
import { requireStaff } from "@/lib/staff/current-staff";
import { listSessions, sessionListQuery, type SessionListQuery } from "@/lib/staff/session-list";

export const metadata: Metadata = { title: "Sessions · Staff" };

export default async function SessionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff();
  const query = sessionListQuery.parse(await searchParams);
  const page = await listSessions(query);
  const link = (change: Partial<SessionListQuery>) =>
    `/staff?${toSearch({ ...query, after: undefined, before: undefined, ...change })}`;

  return (
    <main className="space-y-4">
      <h1 className="text-xl font-semibold">Sessions</h1>
      <form
        method="get"
        className="flex flex-wrap items-end gap-3 rounded-xl border border-neutral-200 bg-white p-3 dark:border-neutral-800 dark:bg-neutral-900"
      >
        <label className="flex flex-col gap-1">
          <span className="font-medium">Search</span>
          <input
            name="q"
            defaultValue={query.q}
            placeholder="Session id, Veriff id, end-user id or vendorData"
            className={`${field} w-80`}
          />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">Status</span>
          <select name="status" defaultValue={query.status ?? ""} className={field}>
            <option value="">Any</option>
            {Object.entries(STATUS_LABELS).map(([status, label]) => (
              <option key={status} value={status}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">Created from (UTC)</span>
          <input type="date" name="from" defaultValue={query.from} className={field} />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">to</span>
          <input type="date" name="to" defaultValue={query.to} className={field} />
        </label>
        <input type="hidden" name="order" value={query.order} />
        <button
          type="submit"
          className="min-h-9 rounded-lg bg-accent-600 px-4 font-medium text-white hover:bg-accent-700"
        >
          Apply
        </button>
        <Link
          href="/staff"
          className="min-h-9 px-2 py-2 text-neutral-600 underline underline-offset-4 dark:text-neutral-400"
        >
          Clear
        </Link>
      </form>

      <DataTable
        label="Sessions"
        head={
          <>
            <HeaderCells labels={["Status", "Document", "vendorData"]} />
            <th className={cell} aria-sort={query.order === "newest" ? "descending" : "ascending"}>
              <Link
                href={link({ order: query.order === "newest" ? "oldest" : "newest" })}
                className="hover:text-accent-600"
              >
                Created {query.order === "newest" ? "↓" : "↑"}
              </Link>
            </th>
            <HeaderCells labels={["Decided", "Session"]} />
          </>
        }
        after={
          page.rows.length === 0 && <EmptyPage paged={Boolean(query.after || query.before)} firstPage={link({})} />
        }
      >
        {page.rows.map((row) => (
          <tr key={row.id} className={`${rowClass} hover:bg-neutral-50 dark:hover:bg-neutral-800/50`}>
            <td className={cell}>
              <StatusBadge status={row.status} />
            </td>
            <td className={cell}>
              {[row.documentType?.replaceAll("_", " ").toLowerCase(), row.documentCountry].filter(Boolean).join(", ") ||
                "—"}
            </td>
            <td className={`${cell} max-w-56 truncate`}>{row.vendorData ?? "—"}</td>
            <td className={cell}>
              <LocalTime value={row.createdAt} />
            </td>
            <td className={cell}>
              <LocalTime value={row.decidedAt} />
            </td>
            <td className={cell}>
              <Link
                href={`/staff/sessions/${row.id}`}
                className="font-mono text-accent-600 underline-offset-4 hover:underline dark:text-accent-300"
              >
                {row.id.slice(0, 8)}…
              </Link>
            </td>
          </tr>
        ))}
      </DataTable>

      <nav aria-label="Pages" className="flex justify-between">
        {page.before ? (
          <Link href={link({ before: page.before })} className={pager}>
            ← Previous
          </Link>
        ) : (
          <span />
        )}
        {page.after && (
          <Link href={link({ after: page.after })} className={pager}>
            Next →
          </Link>
        )}
      </nav>
    </main>
  );
}

function toSearch(query: Partial<Record<string, string | undefined>>): string {
  return new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
}

function EmptyPage({ paged, firstPage }: { paged: boolean; firstPage: string }) {
  return (
    <p className="p-6 text-center text-neutral-500">
      {paged ? (
        <>
          Nothing more here.{" "}
          <Link href={firstPage} className="underline underline-offset-4">
            Back to the first page
          </Link>
        </>
      ) : (
        "No sessions match."
      )}
    </p>
  );
}

const field = "min-h-9 rounded-lg border border-neutral-300 bg-white px-2 dark:border-neutral-700 dark:bg-neutral-950";
const pager =
  "rounded-lg border border-neutral-300 bg-white px-3 py-1.5 hover:bg-neutral-100 dark:border-neutral-700 dark:bg-neutral-900";
