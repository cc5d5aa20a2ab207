// npm run bench (integrator-list): the integrators' session list
// (GET /api/sessions, lib/sessions/list-sessions.ts: keyset pages with checked
// cursors, each page's upload summary in one grouped query) on 100,000
// sessions with 4 acknowledged frames each, at the maximum page size. Uses a
// scratch database on the embedded test PostgreSQL (or on DATABASE_URL's
// server), dropped afterwards.
// Writes bench/results/integrator-list.{json,md}; exits 1 if the target is missed.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { emulatorClientEnv } from "../emulator/defaults";
import { exportEnv } from "../lib/env";
import { provideDatabase } from "../scripts/db/provide-database";
import { applyMigrations } from "../scripts/db/migrations";
import { QUICK, type Verdict, machine, machineLine } from "./report";

// --quick: a fifth of the data, to check it works (its figures say so).
const SESSIONS = QUICK ? 20_000 : 100_000;
const FREQUENT_USER = "00000000-0000-4000-8000-000000000001";
const RUNS = QUICK ? 5 : 25;
// One vendorData to search for, in the middle of the sessions.
const PROBE = `customer-${Math.floor(SESSIONS * 0.54321)}`;
const LIMIT = "100";
const TARGET_MS = 10;
const started = machine();
const log = (message: string) => console.error(`[bench] ${message}`);

const server = await provideDatabase("test", log);
const admin = new pg.Client({ connectionString: server.url });
await admin.connect();
await admin.query("drop database if exists bench_integrator_list with (force)");
await admin.query("create database bench_integrator_list");
const url = new URL(server.url);
url.pathname = "/bench_integrator_list";
await applyMigrations(url.toString());

// The app's settings, pointed at the scratch database, before lib/db is loaded.
exportEnv({
  ...emulatorClientEnv(),
  DATABASE_URL: url.toString(),
  STAFF_AUTH_SECRET: "bench-staff-auth-secret-0123456789abcdef",
  LOG_LEVEL: "silent",
});
const { db } = await import("../lib/db");
const { listSessions } = await import("../lib/sessions/list-sessions");
const { sessionListQuery } = await import("../lib/contracts/integrator-api");

log(`seeding ${SESSIONS} sessions and ${SESSIONS * 4} frames`);
await db().$executeRawUnsafe(`
  insert into verification_sessions (id, veriff_session_id, status, vendor_data, end_user_id, document_type, created_at, updated_at, decided_at, decision_code)
  select gen_random_uuid(), gen_random_uuid()::text,
    (array['approved','approved','approved','declined','submitted','resubmission_requested','started','created','expired'])[1 + n % 9]::"VerificationStatus",
    'customer-' || n,
    -- One end-user with a tenth of the sessions, to filter on a value shared by many.
    case when n % 10 = 0 then '${FREQUENT_USER}'::uuid else gen_random_uuid() end, 'PASSPORT',
    timestamp '2026-01-01' + (n * interval '77 seconds'), now(),
    case when n % 9 < 4 then timestamp '2026-01-01' + (n * interval '77 seconds') + interval '3 minutes' end,
    case when n % 9 < 3 then 9001 when n % 9 = 3 then 9102 end
  from generate_series(1, ${SESSIONS}) as n`);
await db().$executeRawUnsafe(`
  insert into media_uploads (id, session_id, context, attempt_number, status, veriff_media_id, mime_type, size_bytes, sha256, source)
  select gen_random_uuid(), s.id, c.context, 1, 'acknowledged', gen_random_uuid()::text, 'image/jpeg', 300000, repeat('0', 64), 'camera'
  from verification_sessions s
  cross join (values ('document-front-pre'), ('document-front'), ('face-pre'), ('face')) as c(context)`);
await db().$executeRawUnsafe("analyze verification_sessions");
await db().$executeRawUnsafe("analyze media_uploads");

const list = async (query: Record<string, string>) => {
  const listed = await listSessions(sessionListQuery.parse({ limit: LIMIT, ...query }));
  if (!listed.ok) throw new Error(listed.message);
  return listed.page;
};
/** The cursor of the page `pages` deep, found by walking the pages once (not timed). */
async function cursorAt(pages: number, query: Record<string, string> = {}) {
  let cursor: string | null = null;
  for (let page = 0; page < pages; page++) cursor = (await list(cursor ? { ...query, cursor } : query)).nextCursor;
  return cursor!;
}

const DEEP = QUICK ? 100 : 500; // page 501: sessions 50,001 to 50,100
const deepCursor = await cursorAt(DEEP);
const backCursor = (await list({ cursor: deepCursor })).previousCursor!;
const FREQUENT_DEEP = QUICK ? 10 : 50;
const frequentDeepCursor = await cursorAt(FREQUENT_DEEP, { endUserId: FREQUENT_USER });

const cases: { name: string; run: () => Promise<unknown> }[] = [
  { name: "first page", run: () => list({}) },
  { name: `page ${DEEP + 1} (sessions ${DEEP * 100 + 1}+)`, run: () => list({ cursor: deepCursor }) },
  { name: `page ${DEEP}, back from page ${DEEP + 1}`, run: () => list({ cursor: backCursor }) },
  { name: "status = declined", run: () => list({ status: "declined" }) },
  { name: `vendorData = ${PROBE}`, run: () => list({ vendorData: PROBE }) },
  {
    name: `an end-user with ${(SESSIONS / 10).toLocaleString("en")} sessions`,
    run: () => list({ endUserId: FREQUENT_USER }),
  },
  {
    name: `the same, page ${FREQUENT_DEEP + 1}`,
    run: () => list({ endUserId: FREQUENT_USER, cursor: frequentDeepCursor }),
  },
  {
    name: "the same end-user and status = declined",
    run: () => list({ endUserId: FREQUENT_USER, status: "declined" }),
  },
];

const samples = new Map<string, number[]>(cases.map((c) => [c.name, []]));
for (let run = 0; run < RUNS + 3; run++) {
  for (const c of cases) {
    const started = performance.now();
    await c.run();
    if (run >= 3) samples.get(c.name)!.push(performance.now() - started); // after 3 warm-up runs
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rows = cases.map((c) => ({ case: c.name, medianMs: round(median(samples.get(c.name)!)) }));
const slowest = Math.max(...rows.map((row) => row.medianMs));
const met = slowest <= TARGET_MS;
const verdicts: Verdict[] = [
  {
    benchmark: "integrator-list",
    measure: `GET /api/sessions, ${SESSIONS.toLocaleString("en")} sessions, pages of ${LIMIT}, slowest query median`,
    ours: `${slowest} ms`,
    baseline: "-",
    target: `<= ${TARGET_MS} ms`,
    met,
    missed: met ? undefined : "A query over its target. Next: EXPLAIN ANALYZE the slowest query.",
  },
];
const result = {
  machine: started,
  sessions: SESSIONS,
  limit: Number(LIMIT),
  runs: RUNS,
  targetMs: TARGET_MS,
  met,
  verdicts,
  rows,
};
const markdown = `# integrator-list benchmark

The integrators' session list (\`GET /api/sessions\`, \`lib/sessions/list-sessions.ts\`:
keyset pages on \`(created_at, id)\` with checked cursors, filters on the indexes
of the \`staff_console\` and \`staff_search_indexes\` migrations, and each page's
upload summary in one grouped query) with ${SESSIONS.toLocaleString("en")} sessions and
4 acknowledged frames each in PostgreSQL, through Prisma, ${LIMIT} sessions a page
(the maximum). Median of ${RUNS} runs each, interleaved, after 3 warm-up runs.
${machineLine(started)}
Re-run with \`npm run bench\`.

| query | ms |
|---|---|
${rows.map((row) => `| ${row.case} | ${row.medianMs} |`).join("\n")}

Target (every query's median at most ${TARGET_MS} ms for a full page of ${LIMIT}):
**${met ? "met" : "not met"}** (slowest ${slowest} ms).
`;
const dir = path.join(import.meta.dirname, "results");
fs.writeFileSync(path.join(dir, "integrator-list.json"), `${JSON.stringify(result, null, 2)}\n`);
fs.writeFileSync(path.join(dir, "integrator-list.md"), markdown);
console.log(markdown);

await db().$disconnect();
await admin.query("drop database if exists bench_integrator_list with (force)");
await admin.end();
await server.stop();
process.exit(met ? 0 : 1);

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
