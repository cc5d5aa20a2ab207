// Staff accounts for the end-to-end tests, made as an operator makes them
// (`npm run staff:create`), on the database the app under test uses (npm test
// passes it in DATABASE_URL); and signing in as a staff member does.
import { spawn } from "node:child_process";
import { expect, type Page } from "@playwright/test";
import { childProcessEnv, launcherEnv } from "../../lib/env";

/** `databaseUrl`: another stack's database (e2e/support/webhook-stack.ts); the suite's by default. */
export function staffCreate(
  email: string,
  role: string,
  password: string,
  databaseUrl = launcherEnv().DATABASE_URL,
): Promise<void> {
  if (!databaseUrl)
    throw new Error(
      "DATABASE_URL is not set: run the end-to-end tests through `npm test`, which provides the test database",
    );
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/staff-create.ts", "--email", email, "--role", role],
      {
        env: childProcessEnv({ DATABASE_URL: databaseUrl }),
        stdio: ["pipe", "inherit", "inherit"],
      },
    );
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`staff:create exited with ${code}`))));
    child.stdin.end(`${password}\n`);
  });
}

export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/staff/sign-in");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Sessions", level: 1 })).toBeVisible();
}
