// The integrator's side of a verification: its server creates the session,
// the end-user captures with the camera, and the server hears of every step
// through the app's signed webhooks, in order, once each, through its own
// failures and through the app and worker being killed. A dedicated stack
// (support/webhook-stack.ts), so that killing it leaves the suite's alone.
import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";
import { captureSteps } from "./support/camera-steps";
import { IntegratorServer } from "./support/integrator-server";
import { staffCreate } from "./support/staff";
import { INTEGRATOR_PORT, INTEGRATOR_SECRET, WebhookStack } from "./support/webhook-stack";

const PASSPORT = ["Photo page of your passport", "Take a selfie"];
let stack: WebhookStack;
let integrator: IntegratorServer;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  integrator = new IntegratorServer(INTEGRATOR_PORT, INTEGRATOR_SECRET);
  await integrator.start();
  stack = new WebhookStack();
  await stack.start();
});

test.afterAll(async () => {
  await stack?.stop();
  await integrator?.close();
});

/** The session the first test verified, for the staff console's test. */
let verified: { id: string; tag: string } | undefined;

const summary = (tag: string) =>
  integrator.of(tag).map((delivery) => `${delivery.sequence} ${delivery.type} ${delivery.answered ?? "no answer"}`);

test("the integrator's server hears of each step in order, once each, though its first 5 answers are 500", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const tag = `e2e-webhooks-${randomUUID()}`;
  integrator.script(tag, { failFirst: 5 });
  const session = await integrator.createSession(stack.baseUrl, tag);

  await page.goto(session.captureUrl);
  await page.getByLabel(/I agree to the processing/).check();
  await page.getByRole("button", { name: "Start" }).click();
  await captureSteps(page, PASSPORT);
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(page.getByRole("heading", { name: "✓ You are verified" })).toBeVisible({ timeout: 30_000 });

  await expect
    .poll(() => integrator.of(tag).filter((delivery) => delivery.answered === 204).length, { timeout: 30_000 })
    .toBe(4);
  // The first event took the five failures (retried 0.2, 0.4, 0.8, 1.6, 3.2 s later at most); the others waited their turn.
  expect(summary(tag)).toEqual([
    "1 session.created 500",
    "1 session.created 500",
    "1 session.created 500",
    "1 session.created 500",
    "1 session.created 500",
    "1 session.created 204",
    "2 session.started 204",
    "3 session.submitted 204",
    "4 session.decided 204",
  ]);
  const deliveries = integrator.of(tag);
  expect(deliveries.every((delivery) => delivery.verified && delivery.opensslSays === "valid")).toBe(true);
  expect(new Set(deliveries.map((delivery) => delivery.sessionId))).toEqual(new Set([session.id]));
  // Every try of an event is the same event: one id, the same bytes.
  const created = deliveries.filter((delivery) => delivery.type === "session.created");
  expect(new Set(created.map((delivery) => delivery.id)).size).toBe(1);
  expect(new Set(created.map((delivery) => delivery.raw.toString("utf8"))).size).toBe(1);
  const decided = JSON.parse(deliveries.at(-1)!.raw.toString("utf8"));
  expect(decided).toMatchObject({
    type: "session.decided",
    status: "approved",
    veriffSessionId: session.veriffSessionId,
    vendorData: tag,
    decision: { code: 9001 },
  });
  expect(decided).not.toHaveProperty("person");
  verified = { id: session.id, tag };
});

test("an event in flight when the app and its worker are killed arrives after they start again", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const tag = `e2e-webhooks-kill-${randomUUID()}`;
  integrator.script(tag, { hold: new Set(["session.decided"]) });
  const session = await integrator.createSession(stack.baseUrl, tag);
  await expect.poll(() => summary(tag), { timeout: 15_000 }).toEqual(["1 session.created 204"]);

  // Veriff decides; the app applies it and the worker starts delivering, but the integrator does not answer yet.
  const decided = await request.post(`${stack.emulatorUrl}/__emulator/sessions/${session.veriffSessionId}/decision`, {
    data: { status: "approved" },
  });
  expect(decided.status()).toBe(200);
  await expect
    .poll(() => summary(tag), { timeout: 15_000 })
    .toEqual(["1 session.created 204", "2 session.decided no answer"]);

  await stack.killAppAndWorker();
  integrator.release(tag);
  await stack.startAppAndWorker();

  // Its claim runs out (the call's 2 s timeout + 5 s), and the restarted worker sends it again.
  await expect
    .poll(() => summary(tag), { timeout: 30_000 })
    .toEqual(["1 session.created 204", "2 session.decided no answer", "2 session.decided 204"]);
  const [lost, arrived] = integrator.of(tag).slice(1);
  expect(arrived!.id).toBe(lost!.id);
  expect(arrived!.raw.equals(lost!.raw)).toBe(true);
  expect(arrived!.verified && arrived!.opensslSays === "valid").toBe(true);
  expect(JSON.parse(arrived!.raw.toString("utf8"))).toMatchObject({ status: "approved", decision: { code: 9001 } });
});

test("staff see a session's webhooks with their tries, and an admin sends one again", async ({ page }) => {
  test.setTimeout(60_000);
  expect(verified).toBeDefined();
  const { id, tag } = verified!;
  const admin = { email: `admin-${randomUUID().slice(0, 8)}@example.com`, password: "webhooks-admin-password" };
  await staffCreate(admin.email, "admin", admin.password, stack.database);
  await page.goto(`${stack.baseUrl}/staff/sign-in`);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Sessions", level: 1 })).toBeVisible();

  await page.goto(`${stack.baseUrl}/staff/sessions/${id}`);
  const section = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "Webhooks to the integrator (4)" }) });
  await expect(section.getByText("#1", { exact: true })).toBeVisible();
  await expect(section.getByText("6 tries")).toBeVisible();
  await section.getByText("Last tries").first().click();
  await expect(section.getByText(/#5 · .* · HTTP 500/)).toBeVisible();
  await expect(section.getByText("✓ Delivered")).toHaveCount(4);

  const before = integrator.of(tag).filter((delivery) => delivery.type === "session.decided").length;
  await section.getByRole("button", { name: "Redeliver session.decided #4" }).click();
  await expect(section.getByRole("status").filter({ hasText: "Queued" })).toBeVisible();
  await expect
    .poll(
      () =>
        integrator.of(tag).filter((delivery) => delivery.type === "session.decided" && delivery.answered === 204)
          .length,
    )
    .toBe(before + 1);
  const decided = integrator.of(tag).filter((delivery) => delivery.type === "session.decided");
  expect(new Set(decided.map((delivery) => delivery.id)).size).toBe(1);

  await page.goto(`${stack.baseUrl}/staff/audit`);
  await expect(page.getByText("integrator_event.redelivered")).toBeVisible();
  await page.goto(`${stack.baseUrl}/staff/integrator-webhooks`);
  await expect(page.getByRole("heading", { name: "Failed (0)" })).toBeVisible();
});
