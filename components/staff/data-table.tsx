// The staff console's tables: one look for sessions, webhooks, the audit log and the team.

export const cell = "px-3 py-2 align-middle";
export const rowClass = "border-b border-neutral-100 last:border-0 dark:border-neutral-800";

/**
 * A bordered, horizontally scrolling table; `label` names it (the page's heading will do), `head` is the header
 * row's cells, `after` what follows the table (an empty note, a "showing" line). On a narrow screen the table
 * scrolls sideways: the scrolling box takes the focus, so the keyboard can scroll it too (WCAG 2.1.1).
 */
export function DataTable({
  label,
  head,
  children,
  after,
}: {
  label: string;
  head: React.ReactNode;
  children: React.ReactNode;
  after?: React.ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="overflow-x-auto rounded-xl border border-neutral-200 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500 dark:border-neutral-800 dark:bg-neutral-900"
    >
      <table className="w-full text-start">
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
