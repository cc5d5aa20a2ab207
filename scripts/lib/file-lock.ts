// A lock file for start-up work that two launchers must not do at once
// (initdb, copying binaries, starting the server). Held only while `work`
// runs; a lock left by a process that died is taken over.
import fs from "node:fs";
import path from "node:path";
import { isAlive } from "./child-processes";

const WAIT_MS = 120_000;

export async function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(file, { encoding: "utf8", flag: "r" }) || 0);
      if (!holder || !isAlive(holder)) {
        fs.rmSync(file, { force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`another launcher (process ${holder}) has held ${file} for ${WAIT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(file, { force: true });
  }
}
