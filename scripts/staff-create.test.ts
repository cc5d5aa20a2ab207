// npm run staff:create, run as a user would (a child process), against the test database.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { childProcessEnv } from "@/lib/env";

/** Runs the command with `stdin` piped in; resolves with its exit code and what it printed. */
function staffCreate(args: string[], stdin: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/staff-create.ts", ...args],
      {
        env: childProcessEnv({}),
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
    child.stdin.end(stdin);
  });
}

describe("npm run staff:create", () => {
  it("creates a first admin whose password is stored as a hash that verifies", async () => {
    const email = `first-admin-${randomUUID().slice(0, 8)}@example.com`;
    const { code, output } = await staffCreate(
      ["--email", email.toUpperCase(), "--name", "Ada Lovelace"],
      "correct horse battery staple\n",
    );
    expect([code, output]).toEqual([0, expect.stringContaining(`created admin ${email}`)]);
    const user = await db().staffUser.findUniqueOrThrow({ where: { email }, include: { accounts: true } });
    expect(user).toMatchObject({ name: "Ada Lovelace", role: "admin" });
    expect(await verifyPassword({ hash: user.accounts[0]!.password!, password: "correct horse battery staple" })).toBe(
      true,
    );
    expect(output).not.toContain("correct horse");
  });

  it("creates an agent when asked, and refuses a taken email, a short password and a missing email", async () => {
    const email = `agent-${randomUUID().slice(0, 8)}@example.com`;
    expect((await staffCreate(["--email", email, "--role", "agent"], "a-long-enough-password\n")).code).toBe(0);
    expect((await db().staffUser.findUniqueOrThrow({ where: { email } })).role).toBe("agent");

    const taken = await staffCreate(["--email", email], "another-long-password\n");
    expect([taken.code, taken.output]).toEqual([1, expect.stringContaining("already exists")]);
    const short = await staffCreate(["--email", `x-${email}`], "short\n");
    expect([short.code, short.output]).toEqual([2, expect.stringContaining("at least 12 characters")]);
    const missing = await staffCreate([], "a-long-enough-password\n");
    expect([missing.code, missing.output]).toEqual([2, expect.stringContaining("usage: npm run staff:create")]);
  });
});
