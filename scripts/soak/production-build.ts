// The soak runs the production build. One already in .next is reused when no
// file that goes into it changed since (a `next build` costs about a minute
// on two busy cores); otherwise it is built again.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { ChildRegistry } from "../lib/child-processes";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const BUILD_ID = ".next/BUILD_ID";
/** What `next build` reads: the app's code, its assets and its configuration (not tests, scripts or the emulator). */
const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

/** Why the build in .next is not current, or undefined when it is. */
export function staleBuildReason(root = process.cwd()): string | undefined {
  const buildId = path.join(root, BUILD_ID);
  if (!fs.existsSync(buildId)) return "no production build yet";
  const builtAt = fs.statSync(buildId).mtimeMs;
  const newer = INPUTS.flatMap((input) => newerFiles(path.join(root, input), builtAt));
  if (!newer.length) return undefined;
  return `${path.relative(root, newer[0]!)}${newer.length > 1 ? ` and ${newer.length - 1} more` : ""} changed since the last build`;
}

/** Reuses a current build or runs `next build`; returns what it did. */
export async function ensureProductionBuild(
  children: ChildRegistry,
  env: NodeJS.ProcessEnv,
  log: (message: string) => void,
): Promise<"reused" | "built"> {
  const reason = staleBuildReason();
  if (!reason) {
    log(`reusing the production build in .next (built ${fs.statSync(BUILD_ID).mtime.toISOString()})`);
    return "reused";
  }
  log(`${reason}: running next build`);
  const code = await children.start("build", process.execPath, [nextBin, "build"], env).exited;
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
  return "built";
}

function newerFiles(file: string, than: number): string[] {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return [];
  if (stat.isFile()) return stat.mtimeMs > than && !/\.test\.tsx?$/.test(file) ? [file] : [];
  if (!stat.isDirectory()) return [];
  return fs.readdirSync(file).flatMap((entry) => newerFiles(path.join(file, entry), than));
}
