import "server-only";
import path from "node:path";
import { serverEnv } from "@/lib/env";
import { isUuid } from "@/lib/is-uuid";
import { checkManifest } from "./check-manifest";
import { findBatch, writeBatchReport, type ReportSummary } from "./batch-report";
import { openBatch, retryFailedRows } from "./open-batch";
import { ProgressMeter, progressLine } from "./progress-line";
import { readBatchCounts } from "./read-batch-counts";
import { ManifestError, readManifest } from "./read-manifest";
import { runBatch } from "./run-batch";

export interface SendOptions {
  dryRun: boolean;
  /** Try the batch's failed rows again, from the step each reached. */
  retryFailed: boolean;
  concurrency: number;
  leaseMs: number;
  maxTries: number;
  /** Where progress goes: a terminal gets a bar redrawn in place, anything else a line every `plainEveryMs`. */
  out: NodeJS.WriteStream;
  plainEveryMs: number;
  signal: AbortSignal;
}

/** What the process should exit with: 0 done (or checked, in a dry run), 1 refused, 130 stopped before the end. */
export type ExitCode = 0 | 1 | 130;

/**
 * npm run bulk -- <manifest>: reads and checks every row, prints each bad one
 * with its reason, and (unless a dry run) opens the manifest's batch and works
 * its rows to the end alongside any other process doing the same.
 */
export async function sendManifest(file: string, options: SendOptions): Promise<ExitCode> {
  const say = (line: string) => options.out.write(`${line}\n`);
  let manifest;
  try {
    manifest = await readManifest(file);
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    say(`bulk: ${error.message}`);
    return 1;
  }
  const check = await checkManifest(manifest, { pdfEnabled: serverEnv().VERIFF_PDF_ENABLED });
  for (const bad of check.bad) say(`row ${bad.rowNumber}: ${bad.code}: ${bad.message}`);
  say(
    `bulk: ${manifest.rows.length} rows, ${check.good.length} good, ${check.bad.length} bad` +
      (check.bad.length ? " (listed above; they are reported and never sent)" : ""),
  );
  if (options.dryRun) return 0;

  const batch = await openBatch(manifest, check);
  if (batch.changed.length) {
    say(
      `bulk: rows ${batch.changed.slice(0, 20).join(", ")}${batch.changed.length > 20 ? ", ..." : ""} of batch ${batch.id} ` +
        "were started with other files than the manifest names now: put the files back as they were, or make a new manifest.",
    );
    return 1;
  }
  say(`bulk: ${batch.created ? "started" : "continuing"} batch ${batch.id}`);
  if (options.retryFailed) say(`bulk: ${await retryFailedRows(batch.id)} failed rows to try again`);
  const run = runBatch({
    batchId: batch.id,
    rows: new Map(check.good.map((row) => [row.rowNumber, row])),
    concurrency: options.concurrency,
    leaseMs: options.leaseMs,
    maxTries: options.maxTries,
    signal: options.signal,
  });
  const meter = new ProgressMeter();
  const stopProgress = showProgress(batch.id, run.status, meter, options);
  const { ends, finished } = await run.done.finally(stopProgress);
  await drawProgress(batch.id, run.status, meter, options, { final: true });
  say(
    [
      `bulk: this process submitted ${ends.submitted}, failed ${ends.failed}`,
      ends.retry && `put off ${ends.retry} tries of rows that met passing trouble`,
      ends.stopped && `let go of ${ends.stopped} rows in flight`,
      ends.lost && `lost ${ends.lost} rows to other processes (their leases ran out)`,
    ]
      .filter(Boolean)
      .join(", ") +
      (finished ? `; the batch is done: npm run bulk -- report ${batch.id}` : "; run the same command again to go on"),
  );
  return finished ? 0 : 130;
}

function showProgress(
  batchId: string,
  status: () => { concurrency: number; inFlight: number },
  meter: ProgressMeter,
  options: SendOptions,
) {
  const every = options.out.isTTY ? 500 : options.plainEveryMs;
  let drawing = Promise.resolve();
  const timer = setInterval(() => {
    drawing = drawing.then(() => drawProgress(batchId, status, meter, options, { final: false })).catch(() => {});
  }, every);
  return () => {
    clearInterval(timer);
    return drawing;
  };
}

async function drawProgress(
  batchId: string,
  status: () => { concurrency: number; inFlight: number },
  meter: ProgressMeter,
  options: SendOptions,
  { final }: { final: boolean },
) {
  const sample = { at: Date.now(), counts: await readBatchCounts(batchId), ...status() };
  const line = progressLine(sample, meter.add(sample));
  if (options.out.isTTY) options.out.write(`\r\x1b[2K${line}${final ? "\n" : ""}`);
  else options.out.write(`${new Date(sample.at).toISOString()} ${line}\n`);
}

/**
 * npm run bulk -- report <batch>: the batch (by id, or by its manifest file)
 * as a CSV of every row, and a summary.
 */
export async function reportBatch(
  which: string,
  { outFile, out }: { outFile?: string; out: NodeJS.WritableStream },
): Promise<ExitCode> {
  const say = (line: string) => out.write(`${line}\n`);
  const batch = isUuid(which)
    ? await findBatch({ id: which })
    : await readManifest(which).then(
        (manifest) => findBatch({ manifestSha256: manifest.sha256 }),
        (error: unknown) => {
          if (error instanceof ManifestError) return null;
          throw error;
        },
      );
  if (!batch) {
    say(`bulk: no batch ${which} (give a batch id, or the manifest file of a batch)`);
    return 1;
  }
  const file = path.resolve(outFile ?? `bulk-report-${batch.id}.csv`);
  const summary = await writeBatchReport(batch.id, file);
  for (const line of summaryLines(batch.id, summary)) say(line);
  say(`bulk: wrote ${file}`);
  return 0;
}

export function summaryLines(batchId: string, summary: ReportSummary): string[] {
  const list = (group: Record<string, number>, names: Record<string, string> = {}) =>
    Object.entries(group)
      .sort(([, a], [, b]) => b - a)
      .map(([key, count]) => `${names[key] ?? key} ${count}`)
      .join(", ") || "none";
  return [
    `batch ${batchId}: ${summary.rows} rows`,
    `  rows:      ${list(summary.byRowState)}`,
    `  decisions: ${list(summary.byStatus, { submitted: "awaiting a decision" })}`,
    `  problems:  ${list(summary.byError)}`,
  ];
}
