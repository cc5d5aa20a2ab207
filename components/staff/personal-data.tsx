"use client";

import { useState, useTransition } from "react";
import { revealPersonalDataAction } from "@/lib/staff/actions/session-actions";
import type { PersonalData } from "@/lib/staff/session-detail";

/** Personal data stays hidden until asked for; asking is recorded in the audit log. */
export function PersonalDataPanel({ sessionId }: { sessionId: string }) {
  const [data, setData] = useState<PersonalData | null | undefined>(undefined);
  const [pending, startTransition] = useTransition();

  if (data === undefined) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          disabled={pending}
          onClick={() => startTransition(async () => setData(await revealPersonalDataAction(sessionId)))}
          className="rounded-lg border border-neutral-300 bg-white px-3 py-1.5 hover:bg-neutral-100 disabled:opacity-50 dark:border-neutral-700 dark:bg-neutral-900"
        >
          Show personal data and raw webhooks
        </button>
        <span className="text-neutral-500">Each view is recorded in the audit log.</span>
      </div>
    );
  }
  if (data === null) return <p className="text-neutral-500">This session no longer exists.</p>;

  const fields: [string, string | null][] = [
    ["First name", data.personFirstName],
    ["Last name", data.personLastName],
    ["Date of birth", data.personDateOfBirth],
    ["Personal id number", data.personIdNumber],
    ["Document number", data.documentNumber],
    ["Document valid until", data.documentValidUntil],
  ];
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        {fields.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-neutral-500">{label}</dt>
            <dd>{value ?? "—"}</dd>
          </div>
        ))}
      </dl>
      {data.decisionData !== null && (
        <details>
          <summary className="cursor-pointer font-medium">Decision data</summary>
          <pre className={pre}>{JSON.stringify(data.decisionData, null, 2)}</pre>
        </details>
      )}
      {data.webhooks.map((webhook) => (
        <details key={webhook.id}>
          <summary className="cursor-pointer font-medium">
            Raw webhook: {webhook.kind}, received {new Date(webhook.receivedAt).toISOString()}
          </summary>
          <pre className={pre}>{pretty(webhook.rawBody)}</pre>
          <pre className={pre}>{JSON.stringify(webhook.headers, null, 2)}</pre>
        </details>
      ))}
    </div>
  );
}

function pretty(raw: string): string {
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}

const pre = "mt-2 max-h-96 overflow-auto rounded-lg bg-neutral-100 p-3 font-mono text-xs dark:bg-neutral-950";
