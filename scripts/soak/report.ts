// The soak's printed figures and verdict, as plain aligned tables.
import type { ChaosEvent } from "./chaos";
import type { Check, Observed, Tables } from "./checks";
import { percentile } from "./metrics";

export interface Phase {
  name: string;
  ms: number;
}

export function printReport(
  observed: Observed,
  tables: Tables,
  checks: Check[],
  phases: Phase[],
  extra: { seed: number; rssPeakKb: number; appStarts: number },
): void {
  const { emulator, metrics, relay, records } = observed;
  const out: string[] = [];
  const section = (title: string) => out.push("", `── ${title} ──`);
  const outcomes = count(records.map((record) => `${record.plan.outcome} → ${record.decided ?? "unfinished"}`));

  section(`soak figures (seed ${extra.seed})`);
  out.push(
    ...table([
      ["sessions planned", String(records.length)],
      ["sessions in the database", String(tables.sessions.length)],
      [
        "Veriff sessions with no row (creation answer lost)",
        String(emulator.store.sessions.size - tables.sessions.length),
      ],
      ...[...outcomes].map(([outcome, n]): [string, string] => [`  ${outcome}`, String(n)]),
      ["frames sent by users (distinct frame ids)", String(records.reduce((n, r) => n + r.frames.length, 0))],
      ["frames held by Veriff", String(emulator.store.media.size)],
      ["media_uploads rows: acknowledged / failed / pending", uploadsByStatus(tables)],
      ...sortedEntries(failedBy(tables)).map(([code, n]): [string, string] => [`  failed: ${code}`, String(n)]),
    ]),
  );

  section("requests by route and status (0 = no answer)");
  const statuses = [...new Set([...metrics.answers.values()].flatMap((byStatus) => [...byStatus.keys()]))].sort(
    (a, b) => a - b,
  );
  out.push(
    ...table([
      ["route", ...statuses.map(String)],
      ...[...metrics.answers].map(([route, byStatus]) => [
        route,
        ...statuses.map((s) => String(byStatus.get(s) ?? "")),
      ]),
    ]),
  );

  section("retries by cause");
  out.push(...table(sortedEntries(metrics.retries).map(([cause, n]) => [cause, String(n)])));

  section("faults injected by the emulator");
  const calls = [...emulator.callsByRoute.values()].reduce((sum, n) => sum + n, 0);
  const injected = [...emulator.faultsInjected.values()].reduce((sum, n) => sum + n, 0);
  out.push(
    ...table([
      ["Veriff calls", String(calls)],
      ["faulted", `${injected} (${((100 * injected) / Math.max(1, calls)).toFixed(1)} %)`],
      ...sortedEntries(emulator.faultsInjected).map(([action, n]): [string, string] => [`  ${action}`, String(n)]),
    ]),
  );

  section("kills and restarts");
  out.push(...table(observed.chaos.map((event) => chaosRow(event))));

  section("webhooks");
  const copies = relay.deliveries.flatMap((delivery) => delivery.answers);
  out.push(
    ...table([
      ["deliveries sent by Veriff", String(emulator.webhooks.deliveries.length)],
      ["deliveries relayed (×10 copies)", `${relay.deliveries.length} (${copies.length} copies sent)`],
      ...sortedEntries(count(copies)).map(([answer, n]): [string, string] => [`  app answered ${answer}`, String(n)]),
      ["rows stored (webhook_deliveries)", String(tables.deliveries.length)],
    ]),
  );

  section("latency and memory");
  const ms = (values: number[]) =>
    [50, 95, 99].map((p) => `p${p} ${Math.round(percentile(values, p))} ms`).join(", ") + ` (n=${values.length})`;
  out.push(
    ...table([
      ["frame upload, answered 201", ms(metrics.frameRequestMs)],
      ["frame upload, first send to acknowledged", ms(metrics.frameTotalMs)],
      [
        "app RSS peak (sampled every 0.5 s)",
        `${(extra.rssPeakKb / 1024).toFixed(0)} MB over ${extra.appStarts} starts`,
      ],
    ]),
  );

  section("wall time per phase");
  out.push(...table(phases.map((phase) => [phase.name, `${(phase.ms / 1000).toFixed(1)} s`])));

  section("checks");
  out.push(...table(checks.map((check) => [check.ok ? "PASS" : "FAIL", check.name, check.detail])));
  const failed = checks.filter((check) => !check.ok).length;
  out.push("", failed ? `SOAK FAILED: ${failed} check(s) failed` : "SOAK PASSED: nothing lost, nothing done twice");
  console.log(out.join("\n"));
}

function chaosRow(event: ChaosEvent): string[] {
  const inFlight = Object.entries(event.inFlight)
    .map(([route, n]) => `${n} ${route}`)
    .join(", ");
  const back = event.backAt === undefined ? "not back" : `back t+${event.backAt.toFixed(1)}s`;
  return [`t+${event.at.toFixed(1)}s`, event.name, back, `in flight: ${inFlight || "nothing"}`];
}

function uploadsByStatus(tables: Tables): string {
  const by = count(tables.uploads.map((upload) => upload.status));
  return ["acknowledged", "failed", "pending"].map((status) => by.get(status) ?? 0).join(" / ");
}

function failedBy(tables: Tables): Map<string, number> {
  return count(tables.uploads.filter((upload) => upload.status === "failed").map((upload) => upload.error_code ?? "?"));
}

function count(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function sortedEntries<K>(map: Map<K, number>): [K, number][] {
  return [...map].sort((a, b) => b[1] - a[1]);
}

/** Rows with columns padded to their widest cell. */
function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd(),
  );
}
