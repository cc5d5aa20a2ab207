// What every benchmark records with its figures (machine, Node, date, load:
// the machine may be shared, and a figure means little without the load it
// was measured under), and where it writes them. `--quick` (npm run bench --
// --quick) asks each benchmark for a shorter run: a check that it works, not
// a figure to quote, and its files say so.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const QUICK = process.argv.includes("--quick");

export type Machine = {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  date: string;
  /** os.loadavg() when the benchmark started: 1, 5 and 15 minutes. */
  loadAverage: number[];
  quick: boolean;
};

export function machine(): Machine {
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
    quick: QUICK,
  };
}

/** The line each benchmark's page starts with. */
export function machineLine(m: Machine): string {
  return (
    `Recorded ${m.date} on ${m.cpu} (${m.cores} cores, ${m.memoryGiB} GiB), Node ${m.node}, ` +
    `load average ${m.loadAverage.join(" / ")} (1 / 5 / 15 min) at the start` +
    (m.quick ? ". **Quick run** (`--quick`): fewer samples, a check that it works, not a figure to quote." : ".")
  );
}

/** One line of bench/RESULTS.md. */
export type Verdict = {
  benchmark: string;
  measure: string;
  ours: string;
  baseline: string;
  target: string;
  met: boolean;
  /** When missed: why, and the next step. */
  missed?: string;
};

export function writeResults<T extends { machine: Machine; verdicts: Verdict[] }>(
  name: string,
  result: T,
  markdown: string,
) {
  const dir = path.join(import.meta.dirname, "results");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, `${name}.md`), markdown);
  console.log(markdown);
}

export const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))] ?? NaN;

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
