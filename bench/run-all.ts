// npm run bench [-- --quick]: every benchmark, one after the other (they
// share the machine, so never at once), then bench/RESULTS.md, a table of
// every figure with its baseline and target, from bench/results/*.json.
// Exits 1 if any benchmark missed its target or failed to run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Machine, Verdict } from "./report";

const quick = process.argv.includes("--quick");
const serverOnly = ["--conditions=react-server", "--import", "tsx"];
const plain = ["--import", "tsx"];
// Order: the cheap in-process ones first, then those that start servers.
const BENCHMARKS: [string, string[]][] = [
  ["sign-compress", plain],
  ["uplink-bytes", plain],
  ["browser-pipeline", plain],
  ["face-model", plain],
  // These load the app's server-only modules.
  ["staff-list", serverOnly],
  ["integrator-list", serverOnly],
  ["upload-load", plain],
  ["webhook-ingestion", plain],
  ["integrator-webhooks", serverOnly],
  ["bulk", serverOnly],
];

const began = Date.now();
const runs: { name: string; status: number | null; seconds: number }[] = [];
for (const [name, args] of BENCHMARKS) {
  const started = Date.now();
  console.error(
    `[bench] ${name}${quick ? " (quick)" : ""}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" / ")}`,
  );
  const { status } = spawnSync(process.execPath, [...args, `bench/${name}.ts`, ...(quick ? ["--quick"] : [])], {
    stdio: "inherit",
  });
  runs.push({ name, status, seconds: Math.round((Date.now() - started) / 100) / 10 });
}
const totalSeconds = Math.round((Date.now() - began) / 1000);

const dir = path.join(import.meta.dirname, "results");
const rows: string[] = [];
const missed: string[] = [];
for (const run of runs) {
  const file = path.join(dir, `${run.name}.json`);
  const result = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, "utf8")) as { machine?: Machine; verdicts?: Verdict[] })
    : {};
  // A result file left from an earlier run does not speak for this one.
  const fresh = result.machine && Date.parse(result.machine.date) >= began;
  if (!fresh || !result.verdicts) {
    rows.push(`| ${run.name} | did not finish (exit ${run.status}) | | | | **failed** |`);
    missed.push(`- **${run.name}** did not finish (exit ${run.status}); see its output.`);
    continue;
  }
  for (const v of result.verdicts) {
    rows.push(
      `| [${v.benchmark}](results/${run.name}.md): ${v.measure} | ${v.ours} | ${v.baseline} | ${v.target} | ${v.met ? "met" : "**missed**"} |`,
    );
    if (!v.met) missed.push(`- **${v.benchmark}** (${v.measure}): ${v.missed ?? "see its page"}`);
  }
}
const loads = runs.map((run) => {
  try {
    const { machine } = JSON.parse(fs.readFileSync(path.join(dir, `${run.name}.json`), "utf8")) as { machine: Machine };
    return `${run.name} ${machine.loadAverage[0]}`;
  } catch {
    return `${run.name} ?`;
  }
});
const markdown = `# Benchmark results

Written by \`npm run bench${quick ? " -- --quick" : ""}\` on ${new Date(began).toISOString()}: ${os.cpus()[0]?.model ?? "unknown"} (${os.cpus().length} cores,
${Math.round(os.totalmem() / 2 ** 30)} GiB), Node ${process.version}. The whole run took ${totalSeconds} s (${runs.map((r) => `${r.name} ${r.seconds} s`).join(", ")}).
Load average (1 min) when each began: ${loads.join(", ")}: on a machine busy with
other work every figure is worse than the code's own.${quick ? "\n\n**Quick run**: fewer samples and less data, a check that everything works, not figures to quote." : ""}
Each benchmark's page (linked) says what it measures and how, with every figure.

| benchmark and measure | ours | baseline | target | |
|---|---|---|---|---|
${rows.join("\n")}

${missed.length ? `## Missed: why, and the next step\n\n${missed.join("\n")}\n` : "Every target met.\n"}`;
fs.writeFileSync(path.join(import.meta.dirname, "RESULTS.md"), markdown);
console.log(markdown);
process.exit(missed.length ? 1 : 0);
