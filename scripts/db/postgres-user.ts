// PostgreSQL refuses to run as root. When we are root, its binaries run as
// the `postgres` system user, created here if the machine has none.
import { execFileSync } from "node:child_process";

export interface RunAs {
  uid: number;
  gid: number;
}

export function postgresUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  if (!succeeds("id", ["-u", "postgres"])) {
    if (!succeeds("getent", ["group", "postgres"])) execFileSync("groupadd", ["--system", "postgres"]);
    execFileSync("useradd", [
      "--system",
      "--gid",
      "postgres",
      "--no-create-home",
      "--shell",
      "/usr/sbin/nologin",
      "postgres",
    ]);
  }
  return {
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" })),
  };
}

function succeeds(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
