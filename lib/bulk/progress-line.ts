// The bulk command's progress: one line redrawn in place on a terminal, a
// plain line now and then otherwise (a CI log, a file). Rates are the whole
// batch's, over every process working on it, from the last minute.
import type { BatchCounts } from "./read-batch-counts";

export interface ProgressSample {
  at: number;
  counts: BatchCounts;
  concurrency: number;
  inFlight: number;
}

const WINDOW_MS = 60_000;

export class ProgressMeter {
  private samples: { at: number; settled: number }[] = [];

  /** Rows settled (submitted or failed) per minute over the last minute; null before two samples. */
  add(sample: ProgressSample): number | null {
    const settled = sample.counts.submitted + sample.counts.failed;
    this.samples.push({ at: sample.at, settled });
    while (this.samples.length > 2 && sample.at - this.samples[1]!.at >= WINDOW_MS) this.samples.shift();
    const first = this.samples[0]!;
    const elapsed = sample.at - first.at;
    return elapsed > 0 ? ((settled - first.settled) * 60_000) / elapsed : null;
  }
}

/** `[######------] 120/190  submitted 118  failed 2  invalid 10  41.5 rows/min  ETA 1m41s  x6` */
export function progressLine(sample: ProgressSample, perMinute: number | null, width = 24): string {
  const { counts } = sample;
  const toSend = counts.total - counts.invalid;
  const settled = counts.submitted + counts.failed;
  const left = toSend - settled;
  const filled = toSend ? Math.round((settled / toSend) * width) : width;
  const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
  const rate = perMinute === null ? "- rows/min" : `${perMinute.toFixed(1)} rows/min`;
  const eta = left === 0 ? "done" : perMinute ? `ETA ${duration((left / perMinute) * 60_000)}` : "ETA -";
  return [
    bar,
    `${settled}/${toSend}`,
    `submitted ${counts.submitted}`,
    `failed ${counts.failed}`,
    `invalid ${counts.invalid}`,
    rate,
    eta,
    `working on ${sample.inFlight} (at most ${sample.concurrency})`,
  ].join("  ");
}

export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}
