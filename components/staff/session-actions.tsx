"use client";

import { useRef, useState, useTransition } from "react";
import { deleteAction, newCaptureLinkAction, refreshAction } from "@/lib/staff/actions/session-actions";

type Outcome = { tone: "good" | "bad"; text: string; link?: string } | null;

/** The session's actions, in one place at the top; deleting asks first. */
export function SessionActions({
  sessionId,
  canDelete,
  canNewLink,
}: {
  sessionId: string;
  canDelete: boolean;
  canNewLink: boolean;
}) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, startTransition] = useTransition();
  const confirmDelete = useRef<HTMLDialogElement>(null);

  const run = (action: () => Promise<Outcome>) => startTransition(async () => setOutcome(await action()));
  const refresh = () =>
    run(async () => {
      const result = await refreshAction(sessionId);
      if (!result.ok) return { tone: "bad", text: result.message };
      return {
        tone: "good",
        text: result.decided ? "Refreshed: Veriff's decision is applied." : "Refreshed: Veriff has not decided yet.",
      };
    });
  const newLink = () =>
    run(async () => {
      const result = await newCaptureLinkAction(sessionId);
      if (!result.ok) return { tone: "bad", text: result.message };
      return {
        tone: "good",
        text: "New capture link (shown once; the previous link no longer works):",
        link: result.url,
      };
    });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={pending} className={button} onClick={refresh}>
          Refresh from Veriff
        </button>
        {canNewLink && (
          <button type="button" disabled={pending} className={button} onClick={newLink}>
            New capture link
          </button>
        )}
        {canDelete && (
          <button
            type="button"
            disabled={pending}
            className={`${button} border-red-300 text-red-700 dark:border-red-800 dark:text-red-300`}
            onClick={() => confirmDelete.current?.showModal()}
          >
            Delete…
          </button>
        )}
      </div>
      {pending && <p className="text-neutral-500">Working…</p>}
      {outcome && (
        <div
          role="status"
          className={`rounded-lg px-3 py-2 ${outcome.tone === "good" ? "bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200" : "bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-200"}`}
        >
          <p>{outcome.text}</p>
          {outcome.link && (
            <p className="mt-1 flex items-center gap-2">
              <code className="break-all" data-testid="new-capture-link">
                {outcome.link}
              </code>
              <button
                type="button"
                className="underline"
                onClick={() => void navigator.clipboard?.writeText(outcome.link ?? "")}
              >
                Copy
              </button>
            </p>
          )}
        </div>
      )}
      <dialog
        ref={confirmDelete}
        className="m-auto max-w-md rounded-xl p-6 backdrop:bg-black/40 dark:bg-neutral-900 dark:text-neutral-100"
      >
        <h2 className="text-lg font-semibold">Delete this session?</h2>
        <p className="mt-2 text-neutral-600 dark:text-neutral-400">
          It is deleted in Veriff, then here with its uploads, timeline and webhook payloads. Only the audit log keeps a
          note of it. This cannot be undone.
        </p>
        <form method="dialog" className="mt-4 flex justify-end gap-2">
          <button type="submit" className={button}>
            Cancel
          </button>
          <button
            type="button"
            className="rounded-lg bg-red-600 px-3 py-1.5 font-medium text-white hover:bg-red-700"
            onClick={() => {
              confirmDelete.current?.close();
              run(async () => {
                const result = await deleteAction(sessionId);
                return result.ok ? null : { tone: "bad", text: result.message };
              });
            }}
          >
            Delete session
          </button>
        </form>
      </dialog>
    </div>
  );
}

const button =
  "rounded-lg border border-neutral-300 bg-white px-3 py-1.5 hover:bg-neutral-100 disabled:opacity-50 dark:border-neutral-700 dark:bg-neutral-900 dark:hover:bg-neutral-800";
