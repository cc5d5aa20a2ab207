// The self-serve start page creates a billed Veriff session on every start:
// one client address gets a handful, then is told to come back later
// (lib/rate-limit/rules.ts, verify-start-address).
import { RATE_LIMITS } from "../lib/rate-limit/rules";
import { emulatedSessions, fillStartForm } from "./support/check";
import { expect, test } from "./support/test";

test("one address starts a handful of checks, then is asked to come back later, with nothing created", async ({
  page,
  request,
}) => {
  test.slow();
  for (let start = 0; start < RATE_LIMITS.verifyStartAddress.limit; start++) {
    await page.goto("/verify");
    await page.getByRole("radio", { name: "My identity", exact: true }).check();
    await fillStartForm(page, "Passport");
    await expect(page).toHaveURL(/\/capture\/[\w-]{43}$/);
  }
  const before = (await emulatedSessions(request)).length;
  await page.goto("/verify");
  await page.getByRole("radio", { name: "My identity", exact: true }).check();
  await fillStartForm(page, "Passport");
  // The form's own alert (Next.js keeps an empty route announcer with the same role).
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "Many checks were started from your network just now. Please try again later.",
  );
  await expect(page).toHaveURL(/\/verify$/);
  expect(await emulatedSessions(request)).toHaveLength(before);
});
