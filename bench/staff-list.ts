// npm run bench (staff-list): the staff console's session list
// (lib/staff/session-list.ts, keyset pages) on 100,000 sessions, against the
// same pages fetched the usual naive way (ORDER BY ... OFFSET n), in one run,
// interleaved. Uses a scratch database on the embedded test PostgreSQL (or on
// DATABASE_URL's server), dropped afterwards.
// Writes bench/results/staff-list.{json,md}; exits 1 if the target is missed.
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
const TARGET_MS = 5;
const started = machine();
const log = (message: string) => console.error(`[bench] ${message}`);

const server = await provideDatabase("test", log);
const admin = new pg.Client({ connectionString: server.url });
await admin.connect();
await admin.query("drop database if exists bench_staff_list with (force)");
await admin.query("create database bench_staff_list");
const url = new URL(server.url);
url.pathname = "/bench_staff_list";
await applyMigrations(url.toString());

// The app's settings, pointed at the scratch database, before lib/db is loaded.
exportEnv({
  ...emulatorClientEnv(),
  DATABASE_URL: url.toString(),
  STAFF_AUTH_SECRET: "bench-staff-auth-secret-0123456789abcdef",
  LOG_LEVEL: "silent",
});
const { db } = await import("../lib/db");
const { listSessions, sessionListQuery, PAGE_SIZE } = await import("../lib/staff/session-list");

log(`seeding ${SESSIONS} sessions`);
await db().$executeRawUnsafe(`
  insert into verification_sessions (id, veriff_session_id, status, vendor_data, end_user_id, document_type, document_country, created_at, updated_at, decided_at)
  select gen_random_uuid(), gen_random_uuid()::text,
    (array['approved','approved','approved','declined','submitted','resubmission_requested','started','created','expired'])[1 + n % 9]::"VerificationStatus",
    'customer-' || n,
    -- One end-user with a tenth of the sessions, to search a value shared by many.
    case when n % 10 = 0 then '${FREQUENT_USER}'::uuid else gen_random_uuid() end, 'PASSPORT', 'EE',
    timestamp '2026-01-01' + (n * interval '77 seconds'), now(),
    case when n % 9 < 4 then timestamp '2026-01-01' + (n * interval '77 seconds') + interval '3 minutes' end
  from generate_series(1, ${SESSIONS}) as n`);
await db().$executeRawUnsafe("analyze verification_sessions");
const probe = await db().verificationSession.findFirstOrThrow({
  where: { vendorData: PROBE },
  select: { id: true, veriffSessionId: true },
});

/** The cursor of the page `pages` deep, found by walking the keyset pages once (not timed). */
async function cursorAt(pages: number, query = {}) {
  let after: string | undefined;
  for (let page = 0; page < pages; page++)
    after = (await listSessions(sessionListQuery.parse({ ...query, after }))).after;
  return after;
}

const DEEP = QUICK ? 200 : 1_000; // page 1,001: rows 50,001 to 50,050
const deepCursor = await cursorAt(DEEP);
const FREQUENT_DEEP = QUICK ? 20 : 100;
const frequentDeepCursor = await cursorAt(FREQUENT_DEEP, { q: FREQUENT_USER });
const offsetPage = (offset: number, where = "") =>
  db().$queryRawUnsafe(
    `select id, veriff_session_id, status, document_type, document_country, vendor_data, created_at, decided_at
     from verification_sessions ${where} order by created_at desc, id desc limit ${PAGE_SIZE} offset ${offset}`,
  );

const cases: { name: string; keyset: () => Promise<unknown>; offset?: () => Promise<unknown> }[] = [
  { name: "first page", keyset: () => listSessions(sessionListQuery.parse({})), offset: () => offsetPage(0) },
  {
    name: `page ${DEEP + 1} (rows ${DEEP * PAGE_SIZE + 1}+)`,
    keyset: () => listSessions(sessionListQuery.parse({ after: deepCursor })),
    offset: () => offsetPage(DEEP * PAGE_SIZE),
  },
  {
    name: "last page",
    keyset: () => listSessions(sessionListQuery.parse({ order: "oldest" })),
    offset: () => offsetPage(SESSIONS - PAGE_SIZE),
  },
  {
    name: "status = declined",
    keyset: () => listSessions(sessionListQuery.parse({ status: "declined" })),
    offset: () => offsetPage(0, "where status = 'declined'"),
  },
  {
    name: "created in one week",
    keyset: () => listSessions(sessionListQuery.parse({ from: "2026-02-01", to: "2026-02-07" })),
  },
  { name: "search vendorData", keyset: () => listSessions(sessionListQuery.parse({ q: PROBE })) },
  { name: "search Veriff id", keyset: () => listSessions(sessionListQuery.parse({ q: probe.veriffSessionId })) },
  {
    name: `search an end-user with ${(SESSIONS / 10).toLocaleString("en")} sessions`,
    keyset: () => listSessions(sessionListQuery.parse({ q: FREQUENT_USER })),
  },
  {
    name: `the same, page ${FREQUENT_DEEP + 1}`,
    keyset: () => listSessions(sessionListQuery.parse({ q: FREQUENT_USER, after: frequentDeepCursor })),
  },
];

const samples = new Map<string, { keyset: number[]; offset: number[] }>(
  cases.map((c) => [c.name, { keyset: [], offset: [] }]),
);
const time = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};
for (let run = 0; run < RUNS + 3; run++) {
  for (const c of cases) {
    const keyset = await time(c.keyset);
    const offset = c.offset ? await time(c.offset) : NaN;
    if (run < 3) continue; // warm-up
    samples.get(c.name)!.keyset.push(keyset);
    if (c.offset) samples.get(c.name)!.offset.push(offset);
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : NaN;
};
const rows = cases.map((c) => {
  const sample = samples.get(c.name)!;
  return {
    case: c.name,
    keysetMedianMs: round(median(sample.keyset)),
    offsetMedianMs: c.offset ? round(median(sample.offset)) : null,
  };
});
const slowest = Math.max(...rows.map((row) => row.keysetMedianMs));
const met = slowest <= TARGET_MS;

const deepest = rows.find((row) => row.offsetMedianMs !== null && row.case.startsWith("last"));
const verdicts: Verdict[] = [
  {
    benchmark: "staff-list",
    measure: `staff console session list, ${SESSIONS.toLocaleString("en")} sessions, slowest query median`,
    ours: `${slowest} ms`,
    baseline: `last page with OFFSET: ${deepest?.offsetMedianMs ?? "-"} ms`,
    target: `<= ${TARGET_MS} ms`,
    met,
    missed: met ? undefined : "A query over its target. Next: EXPLAIN ANALYZE the slowest query.",
  },
];
const result = {
  machine: started,
  sessions: SESSIONS,
  runs: RUNS,
  targetMs: TARGET_MS,
  met,
  verdicts,
  rows,
};
const markdown = `# staff-list benchmark

The staff console's session list (\`lib/staff/session-list.ts\`: keyset pages
on \`(created_at, id)\`, filters and exact-match search, each on an index of
the \`staff_console\` migration) with ${SESSIONS.toLocaleString("en")} sessions in PostgreSQL,
through Prisma, against the same page read with \`ORDER BY created_at DESC, id
DESC LIMIT ${PAGE_SIZE} OFFSET n\` (the usual way, raw SQL, so it pays no Prisma overhead).
Median of ${RUNS} runs each, interleaved, after 3 warm-up runs.
${machineLine(started)}
Re-run with \`npm run bench\`.

| query | keyset (ours), ms | OFFSET, ms | OFFSET / ours |
|---|---|---|---|
${rows.map((row) => `| ${row.case} | ${row.keysetMedianMs} | ${row.offsetMedianMs ?? "—"} | ${row.offsetMedianMs ? `${round(row.offsetMedianMs / row.keysetMedianMs)}x` : ""} |`).join("\n")}

Target (issue: fast with 100,000 sessions; here: every query's median at most
${TARGET_MS} ms): **${met ? "met" : "not met"}** (slowest ${slowest} ms).
`;
const dir = path.join(import.meta.dirname, "results");
fs.writeFileSync(path.join(dir, "staff-list.json"), `${JSON.stringify(result, null, 2)}\n`);
fs.writeFileSync(path.join(dir, "staff-list.md"), markdown);
console.log(markdown);

await db().$disconnect();
await admin.query("drop database if exists bench_staff_list with (force)");
await admin.end();
await server.stop();
process.exit(met ? 0 : 1);

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
