// Starting a check the way an end-user does (the self-serve start page), and
// reading what the Veriff emulator holds for it through its control API.
import path from "node:path";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { emulatorEnv, launcherEnv } from "../../lib/env";
import { sign } from "../../lib/veriff/signature";
import { EMULATOR_DEFAULTS } from "../../emulator/defaults";

export const emulator = `http://127.0.0.1:${launcherEnv().E2E_EMULATOR_PORT}`;
/** Mapped to 127.0.0.1 by the browser's resolver rules (playwright.config.ts): the app as a plain-http, non-local site. */
export const INSECURE_HOST = "insecure.test";
export const insecureOrigin = `http://${INSECURE_HOST}:${launcherEnv().E2E_PORT}`;
/** The API key the e2e stack takes from integrators (playwright.config.ts gives it to the app). */
export const INTEGRATOR_KEY = "e2e-integrator-key-0123456789abcdef";
/** The operator's token of the e2e stack (playwright.config.ts): /api/metrics and /api/health in full. */
export const METRICS_TOKEN = "e2e-metrics-token-0123456789abcdef0123";
/**
 * The one site the e2e stack lets frame its capture links (APP_EMBED_ORIGINS):
 * e2e/security-headers.spec.ts serves an embedding page there, on this machine
 * (Chromium lets no public site frame a local one), next to the app's port.
 */
export const EMBEDDING_ORIGIN = `http://127.0.0.1:${launcherEnv().E2E_PORT + 1}`;
/** The one site an integrator's returnUrl may point at in the e2e stack (APP_RETURN_ORIGINS): e2e/return-url.spec.ts serves it. */
export const RETURN_ORIGIN = `http://127.0.0.1:${launcherEnv().E2E_PORT + 2}`;
/** A site in neither list, on this machine: e2e/embed.spec.ts tries to embed a capture link from it. */
export const STRANGER_ORIGIN = `http://127.0.0.1:${launcherEnv().E2E_PORT + 3}`;
/** Where e2e/traces.spec.ts receives the app's spans (OTLP over HTTP), next to the other sites' ports. */
export const OTLP_PORT = launcherEnv().E2E_PORT + 4;

/** The brand the e2e stack wears (playwright.config.ts): e2e/brand.spec.ts checks it shows. */
export const BRAND = {
  name: "Acme Bank",
  logo: path.resolve("e2e/fixtures/brand-logo.svg"),
  color: "#0f6e3f",
} as const;

export interface EmulatedMedia {
  id: string;
  context: string;
  /** null for a PDF. */
  width: number | null;
  height: number | null;
  mimetype: string;
}

export interface EmulatedSession {
  id: string;
  status: string;
  person: { firstName?: string | null; lastName?: string | null };
  /** What was sent to collected-data (device and network). */
  collectedData: unknown[];
  attempts: { status: string; media: EmulatedMedia[] }[];
}

export async function emulatedSessions(request: APIRequestContext): Promise<EmulatedSession[]> {
  return ((await (await request.get(`${emulator}/__emulator/sessions`)).json()) as { sessions: EmulatedSession[] })
    .sessions;
}

/**
 * From /verify to the capture page's first screen. Returns the capture token
 * and the id of the session the emulator created for it: the one that was not
 * there before (the suite runs one test at a time).
 */
export async function startCheck(
  page: Page,
  request: APIRequestContext,
  document: "Passport" | "ID card" | null,
  {
    origin = "",
    check = "My identity",
  }: { origin?: string; check?: "My identity" | "My identity and my address" | "My address only" } = {},
) {
  const before = new Set((await emulatedSessions(request)).map((session) => session.id));
  await page.goto(`${origin}/verify`);
  await page.getByRole("radio", { name: check, exact: true }).check();
  await fillStartForm(page, document);
  await expect(page).toHaveURL(/\/capture\/[\w-]{43}$/);
  const created = (await emulatedSessions(request)).filter((session) => !before.has(session.id));
  expect(created).toHaveLength(1);
  return { token: page.url().split("/").pop()!, sessionId: created[0]!.id };
}

/** Fills the start page as an end-user does (name, document unless the check is of the address only, consent) and starts. */
export async function fillStartForm(
  page: Page,
  document: "Passport" | "ID card" | null,
  { firstName = "Mari", lastName = "Maasikas" } = {},
) {
  await page.getByLabel("First name").fill(firstName);
  await page.getByLabel("Last name").fill(lastName);
  if (document) {
    await page.getByLabel(document).check();
    await page.getByLabel("Issuing country").selectOption("EE");
  }
  await page.getByLabel(/I agree to the processing/).check();
  await page.getByRole("button", { name: "Start" }).click();
}

export async function emulatedSession(request: APIRequestContext, id: string): Promise<EmulatedSession> {
  const session = (await emulatedSessions(request)).find((item) => item.id === id);
  expect(session).toBeDefined();
  return session!;
}

/** "context mimetype WxH" of each frame the emulator holds for an attempt (no size for a PDF), sorted. */
export function mediaSummary(media: EmulatedMedia[]): string[] {
  return media
    .map((item) => `${item.context} ${item.mimetype}${item.width === null ? "" : ` ${item.width}x${item.height}`}`)
    .sort();
}

/** The bytes Veriff (the emulator) holds for a media id, fetched the way an integrator does: GET /v1/media/{id}, signed. */
export async function emulatedMediaBytes(request: APIRequestContext, mediaId: string): Promise<Buffer> {
  const { EMULATOR_API_KEY, EMULATOR_SHARED_SECRETS } = emulatorEnv(EMULATOR_DEFAULTS);
  const response = await request.get(`${emulator}/v1/media/${mediaId}`, {
    headers: { "x-auth-client": EMULATOR_API_KEY, "x-hmac-signature": sign(EMULATOR_SHARED_SECRETS[0]!, mediaId) },
  });
  expect(response.status()).toBe(200);
  return response.body();
}
