// npm run bench: every benchmark, one after the other (they share the machine,
// so never at once); exits 1 if any missed its target.
import { spawnSync } from "node:child_process";

const BENCHMARKS = [
  ["--import", "tsx", "bench/sign-compress.ts"],
  // Loads the app's server-only modules.
  ["--conditions=react-server", "--import", "tsx", "bench/staff-list.ts"],
  ["--conditions=react-server", "--import", "tsx", "bench/integrator-list.ts"],
  ["--conditions=react-server", "--import", "tsx", "bench/bulk.ts"],
];

let failed = 0;
for (const args of BENCHMARKS) {
  const { status } = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
