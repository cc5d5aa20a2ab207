// The verdict: what the emulator (standing for Veriff) holds, compared with
// what the database says and what the users were told. Nothing lost, nothing
// done twice: every session submitted once per attempt, every frame held by
// Veriff once and matched to one acknowledged row, every decision applied,
// every webhook delivery stored once and applied once, and no 500 anywhere.
import { createHash } from "node:crypto";
import pg from "pg";
import type { ChaosEvent } from "./chaos";
import type { CountingEmulator } from "./faulty-emulator";
import type { Metrics } from "./metrics";
import type { PlannedOutcome, SessionRecord } from "./simulated-user";
import type { WebhookRelay } from "./webhook-relay";

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface Observed {
  emulator: CountingEmulator;
  relay: WebhookRelay;
  records: SessionRecord[];
  metrics: Metrics;
  chaos: ChaosEvent[];
  relayDrained: boolean;
}

export interface Tables {
  sessions: { id: string; veriff_session_id: string; status: string; attempt_number: number }[];
  uploads: {
    id: string;
    session_id: string;
    attempt_number: number;
    context: string;
    status: string;
    veriff_media_id: string | null;
    client_frame_id: string | null;
    error_code: string | null;
  }[];
  deliveries: {
    dedupe_key: string;
    session_id: string | null;
    processed_at: Date | null;
    processing_error: string | null;
  }[];
  events: { session_id: string; type: string; data: Record<string, unknown> | null }[];
}

const EXPECTED_STATUS: Record<PlannedOutcome, string> = {
  approved: "approved",
  declined: "declined",
  review: "review",
  resubmitted: "approved",
};
const CHAOS_EVENTS = 3;

export async function readTables(databaseUrl: string): Promise<Tables> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = async <T>(sql: string) => (await client.query(sql)).rows as T[];
    return {
      sessions: await rows("select id, veriff_session_id, status, attempt_number from verification_sessions"),
      uploads: await rows(
        "select id, session_id, attempt_number, context, status, veriff_media_id, client_frame_id, error_code from media_uploads",
      ),
      deliveries: await rows("select dedupe_key, session_id, processed_at, processing_error from webhook_deliveries"),
      events: await rows("select session_id, type, data from session_events"),
    };
  } finally {
    await client.end();
  }
}

export function runChecks(observed: Observed, tables: Tables): Check[] {
  const { emulator, records, metrics } = observed;
  const checks: Check[] = [];
  const check = (name: string, misses: string[], fine: string) =>
    checks.push({ name, ok: misses.length === 0, detail: misses.length ? summarize(misses) : fine });
  const rowsByVeriffId = new Map(tables.sessions.map((row) => [row.veriff_session_id, row]));
  const ours = tables.sessions.flatMap((row) => {
    const veriff = emulator.store.sessions.get(row.veriff_session_id);
    return veriff ? [{ row, veriff }] : [];
  });

  check(
    "every planned session reached its decision",
    records.flatMap(({ plan, decided, failed }) =>
      failed
        ? [`session ${plan.index}: ${failed}`]
        : decided !== EXPECTED_STATUS[plan.outcome]
          ? [`session ${plan.index}: user saw ${decided}, planned ${plan.outcome}`]
          : [],
    ),
    `${records.length} of ${records.length}`,
  );

  const orphans = [...emulator.store.sessions.values()].filter((session) => !rowsByVeriffId.has(session.id));
  check(
    "every session ours at Veriff, created once",
    [
      ...tables.sessions
        .filter((row) => !emulator.store.sessions.has(row.veriff_session_id))
        .map((row) => `row ${row.id}: Veriff does not know ${row.veriff_session_id}`),
      ...records
        .filter((record) => record.id && !tables.sessions.some((row) => row.id === record.id))
        .map((record) => `session ${record.plan.index}: created for the user but no row`),
      // A creation whose answer was lost leaves a Veriff session nobody links to (Veriff has no idempotency key for
      // it); it must stay untouched: no frame, no submit.
      ...orphans
        .filter((session) => session.attempts.some((attempt) => attempt.media.length || submits(emulator, attempt.id)))
        .map((session) => `Veriff session ${session.id}: no row of ours, yet it has frames or a submit`),
    ],
    `${tables.sessions.length} rows, ${ours.length} at Veriff; ${orphans.length} untouched Veriff session(s) whose creation answer was lost`,
  );

  check(
    "every attempt submitted exactly once at Veriff",
    ours.flatMap(({ row, veriff }) =>
      veriff.attempts.flatMap((attempt, index) => {
        const count = submits(emulator, attempt.id);
        return count === 1 ? [] : [`session ${row.id} attempt ${index + 1}: submitted ${count} times`];
      }),
    ),
    `${ours.reduce((sum, { veriff }) => sum + veriff.attempts.length, 0)} attempts, each once`,
  );

  const frameMisses: string[] = [];
  for (const { row, veriff } of ours) {
    veriff.attempts.forEach((attempt, index) => {
      const acknowledged = tables.uploads.filter(
        (upload) =>
          upload.session_id === row.id && upload.attempt_number === index + 1 && upload.status === "acknowledged",
      );
      const rowIds = acknowledged.map((upload) => upload.veriff_media_id ?? "(none)");
      const held = attempt.media.map((media) => media.id);
      const where = `session ${row.id} attempt ${index + 1}`;
      if (new Set(rowIds).size !== rowIds.length) frameMisses.push(`${where}: two rows name one Veriff media`);
      for (const id of held)
        if (!rowIds.includes(id)) frameMisses.push(`${where}: Veriff holds ${id}, no row names it`);
      for (const id of rowIds) if (!held.includes(id)) frameMisses.push(`${where}: row names ${id}, Veriff lacks it`);
      const contexts = acknowledged.map((upload) => upload.context).sort();
      if (new Set(contexts).size !== contexts.length) frameMisses.push(`${where}: a context acknowledged twice`);
    });
  }
  for (const upload of tables.uploads) {
    if (upload.status !== "acknowledged" && upload.veriff_media_id)
      frameMisses.push(`upload ${upload.id}: Veriff took it (${upload.veriff_media_id}) but it is ${upload.status}`);
  }
  for (const frame of records.flatMap((record) => record.frames)) {
    const upload = tables.uploads.find((candidate) => candidate.client_frame_id === frame.frameId);
    if (!upload || upload.id !== frame.uploadId || upload.veriff_media_id !== frame.veriffMediaId)
      frameMisses.push(`frame ${frame.frameId}: the user was told ${frame.veriffMediaId}, the row differs`);
  }
  const heldFrames = ours.reduce((sum, { veriff }) => sum + veriff.attempts.reduce((n, a) => n + a.media.length, 0), 0);
  check(
    "every frame held by Veriff exactly once",
    frameMisses,
    `${heldFrames} at Veriff = acknowledged rows, one to one`,
  );

  check(
    "every decision applied",
    ours.flatMap(({ row, veriff }) =>
      row.status === veriff.status ? [] : [`session ${row.id}: database ${row.status}, Veriff ${veriff.status}`],
    ),
    `${ours.length} sessions: database status = Veriff's decision`,
  );

  const sent = emulator.webhooks.deliveries;
  const sentKeys = new Set(sent.map((delivery) => sha256(delivery.body)));
  const storedKeys = tables.deliveries.map((delivery) => delivery.dedupe_key.trim());
  const relayed = observed.relay.deliveries;
  check(
    "every webhook delivery stored once",
    [
      ...(observed.relayDrained ? [] : ["the relay still had copies the app had not taken at the deadline"]),
      ...sent
        .filter((delivery) => !delivery.delivered)
        .map((delivery) => `delivery ${delivery.id}: never reached the relay`),
      ...relayed
        .filter((delivery) => delivery.copiesAccepted !== 10)
        .map((delivery) => `a delivery: ${delivery.copiesAccepted} of 10 copies taken (${tally(delivery.answers)})`),
      ...(storedKeys.length !== new Set(storedKeys).size ? ["two rows share a dedupe key"] : []),
      ...[...sentKeys].filter((key) => !storedKeys.includes(key)).map((key) => `delivery ${key}: not stored`),
      ...storedKeys.filter((key) => !sentKeys.has(key)).map((key) => `row ${key}: no delivery sent it`),
      ...tables.deliveries
        .filter((delivery) => !delivery.processed_at || delivery.processing_error)
        .map((delivery) => `row ${delivery.dedupe_key}: not applied (${delivery.processing_error ?? "unprocessed"})`),
    ],
    `${sentKeys.size} deliveries × 10 copies relayed, ${storedKeys.length} rows, all applied`,
  );

  check("the session timeline free of double applications", timelineMisses(observed, tables, ours), "each step once");

  check(
    "zero HTTP 500 answers from the app",
    metrics.countOf(500) ? [`${metrics.countOf(500)} answers were 500 (clients and relay)`] : [],
    "none, over every client and the relay",
  );

  check(
    "chaos hit work in flight",
    [
      ...(observed.chaos.length < CHAOS_EVENTS ? [`${observed.chaos.length} of ${CHAOS_EVENTS} events happened`] : []),
      ...observed.chaos.filter((event) => event.hits < 1).map((event) => `${event.name}: nothing in flight`),
    ],
    observed.chaos.map((event) => `${event.name.split(" ")[0]}: ${event.hits} ${event.target}`).join("; "),
  );
  return checks;
}

/** Per session: each webhook applied once, each decision once, each submit, frame, consent and creation once. */
function timelineMisses(
  observed: Observed,
  tables: Tables,
  ours: { row: Tables["sessions"][number]; veriff: { attempts: { decision?: unknown }[] } }[],
): string[] {
  const misses: string[] = [];
  const eventsOf = new Map<string, Tables["events"]>();
  for (const event of tables.events) eventsOf.set(event.session_id, [...(eventsOf.get(event.session_id) ?? []), event]);
  for (const { row, veriff } of ours) {
    const events = eventsOf.get(row.id) ?? [];
    const count = (predicate: (event: Tables["events"][number]) => boolean) => events.filter(predicate).length;
    const where = `session ${row.id}`;
    const fromVeriff = count((event) => event.type.startsWith("veriff."));
    const stored = tables.deliveries.filter((delivery) => delivery.session_id === row.id).length;
    if (fromVeriff !== stored) misses.push(`${where}: ${fromVeriff} Veriff events for ${stored} stored deliveries`);
    const decided = veriff.attempts.filter((attempt) => attempt.decision).length;
    const applied = count((event) => event.type === "veriff.decision" && event.data?.applied === true);
    if (applied !== decided) misses.push(`${where}: ${applied} decisions applied for ${decided} made`);
    for (const type of ["session.created", "consent.given"]) {
      if (count((event) => event.type === type) !== 1)
        misses.push(`${where}: ${type} ${count((e) => e.type === type)} times`);
    }
    const submitted = events.filter((event) => event.type === "session.submitted").map((e) => e.data?.attemptNumber);
    if (new Set(submitted).size !== submitted.length) misses.push(`${where}: an attempt recorded as submitted twice`);
    const acknowledged = events.filter((event) => event.type === "frame.acknowledged").map((e) => e.data?.uploadId);
    const rows = tables.uploads.filter((upload) => upload.session_id === row.id && upload.status === "acknowledged");
    if (acknowledged.length !== rows.length || rows.some((upload) => !acknowledged.includes(upload.id)))
      misses.push(`${where}: ${acknowledged.length} frame.acknowledged events for ${rows.length} acknowledged rows`);
  }
  return misses;
}

function submits(emulator: CountingEmulator, attemptId: string): number {
  return emulator.submitsByAttempt.get(attemptId) ?? 0;
}

const sha256 = (body: string) => createHash("sha256").update(body).digest("hex");

/** "400 ×31, no answer ×5" */
function tally(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, n]) => `${value} ×${n}`).join(", ");
}

function summarize(misses: string[]): string {
  const shown = misses.slice(0, 5).join("; ");
  return misses.length > 5 ? `${shown}; and ${misses.length - 5} more` : shown;
}
