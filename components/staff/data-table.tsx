// The staff console's tables: one look for sessions, webhooks, the audit log and the team.

export const cell = "px-3 py-2 align-middle";
export const rowClass = "border-b border-neutral-100 last:border-0 dark:border-neutral-800";

/** A bordered, horizontally scrolling table; `head` is the header row's cells, `after` what follows the table (an empty note, a "showing" line). */
export function DataTable({
  head,
  children,
  after,
}: {
  head: React.ReactNode;
  children: React.ReactNode;
  after?: React.ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
      <table className="w-full text-left">
        <thead className="border-b border-neutral-200 text-neutral-600 dark:border-neutral-800 dark:text-neutral-400">
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {after}
    </div>
  );
}

/** Plain header cells from their labels. */
export function HeaderCells({ labels }: { labels: string[] }) {
  return labels.map((label) => (
    <th key={label} className={cell}>
      {label}
    </th>
  ));
}
