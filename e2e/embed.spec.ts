// An integrator's page on another origin embeds the capture with public/embed.js:
// the end-user completes it in the modal frame with the fake camera, and the
// page hears every step, in order, from the capture page alone. A site not in
// APP_EMBED_ORIGINS cannot frame it at all.
import type { APIRequestContext } from "@playwright/test";
import { captureSteps } from "./support/camera-steps";
import { EMBEDDING_ORIGIN, INTEGRATOR_KEY, RETURN_ORIGIN, STRANGER_ORIGIN } from "./support/check";
import { hostSite } from "./support/host-site";
import { expect, test } from "./support/test";

// A phone: the modal takes the whole screen.
test.use({ viewport: { width: 390, height: 844 } });

/** The integrator's checkout page: a button that opens the capture link it was given, recording what it hears. */
const shopPage = (app: string) => (url: URL) =>
  `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shop</title><h1>Shop</h1><button id="verify">Verify me</button>
<script src="${app}/embed.js"></script>
<script>
  window.heard = []; window.done = []; window.senders = [];
  addEventListener("message", (event) => senders.push(event.origin));
  document.getElementById("verify").addEventListener("click", () =>
    VeriffCapture.open(${JSON.stringify(url.searchParams.get("link"))}, {
      onEvent: (message) => heard.push(message),
      onDone: (result) => done.push(result),
    }),
  );
</script></html>`;

/** A session as an integrator creates it; its link on the address the browser reaches the app at (APP_BASE_URL is localhost). */
async function newSession(request: APIRequestContext, baseURL: string, extra: Record<string, unknown> = {}) {
  const created = await request.post("/api/sessions", {
    headers: { authorization: `Bearer ${INTEGRATOR_KEY}` },
    data: { document: { type: "PASSPORT", country: "EE" }, vendorData: "e2e-embed", ...extra },
  });
  expect(created.status()).toBe(201);
  const session = (await created.json()) as { id: string; captureUrl: string };
  return { ...session, captureUrl: new URL(new URL(session.captureUrl).pathname, baseURL).href };
}

interface Heard {
  source: string;
  version: number;
  sessionId: string | null;
  type: string;
  status?: string;
  phase?: string;
  context?: string | null;
  code?: string;
}

/** An event in a few words; the two frames of a side may be acknowledged in either order, so each run of them is sorted. */
function story(heard: Heard[]): string[] {
  const words = heard.map((event) =>
    [event.type, event.status ?? event.phase ?? event.code, event.context].filter(Boolean).join(" "),
  );
  const sorted: string[] = [];
  let run: string[] = [];
  for (const word of [...words, ""]) {
    if (word.startsWith("frame_uploaded")) {
      run.push(word);
      continue;
    }
    sorted.push(...run.sort());
    run = [];
    if (word) sorted.push(word);
  }
  return sorted;
}

test("a page on an allowed origin embeds the capture with embed.js, hears each step in order and is done on the decision", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(90_000);
  // A returnUrl too: inside a frame the page never sends the end-user anywhere, the framing page takes them on.
  const session = await newSession(request, baseURL!, { returnUrl: `${RETURN_ORIGIN}/back` });
  const shop = await hostSite(EMBEDDING_ORIGIN, shopPage(baseURL!));
  try {
    await page.goto(`${shop.origin}/?link=${encodeURIComponent(session.captureUrl)}`);
    await page.getByRole("button", { name: "Verify me" }).click();
    const dialog = page.getByRole("dialog", { name: "Identity check" });
    await expect(dialog).toBeVisible();
    // The whole phone screen, the close button above the frame.
    const frameBox = (await page.locator("iframe").boundingBox())!;
    expect([frameBox.x, frameBox.width]).toEqual([0, 390]);
    expect(frameBox.y + frameBox.height).toBe(844);
    expect(await page.locator("iframe").getAttribute("allow")).toBe("camera");

    const frame = page.frameLocator("iframe");
    await expect(frame.getByRole("heading", { name: "Let's check your identity" })).toBeVisible();
    // The page says "ready" once it has hydrated: before that a click does nothing (as on a phone on a slow network).
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heard: Heard[] }).heard.map((event) => event.type)))
      .toContain("ready");
    await frame
      .getByLabel(
        "I agree to the processing of my name, my device details, my document and my face (biometric data) for this check.",
      )
      .check();
    await frame.getByRole("button", { name: "Start" }).click();
    await captureSteps(frame, ["Photo page of your passport", "Take a selfie"]);
    await expect(frame.getByRole("heading", { name: "Check your photos" })).toBeVisible();
    await frame.getByRole("button", { name: "Send for checking" }).click();
    await expect(frame.getByRole("heading", { name: "We are checking your document" })).toBeVisible();
    await expect(frame.getByRole("link", { name: /^Back to/ })).toHaveCount(0);

    // The emulator decides after its delay; the page hears it and embed.js closes the frame.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { done: unknown[] }).done), { timeout: 30_000 })
      .toEqual([{ reason: "decided", sessionId: session.id, status: "approved" }]);
    await expect(dialog).toHaveCount(0);
    await expect(page.locator("iframe")).toHaveCount(0);

    const { heard, senders } = await page.evaluate(() => {
      const shopWindow = window as unknown as { heard: Heard[]; senders: string[] };
      return { heard: shopWindow.heard, senders: shopWindow.senders };
    });
    expect(story(heard)).toEqual([
      "ready created",
      "step intro",
      "step capture document-front",
      "frame_uploaded document-front",
      "frame_uploaded document-front-pre",
      "step capture face",
      "frame_uploaded face",
      "frame_uploaded face-pre",
      "step review",
      "step sending",
      "step status",
      "submitted",
      "decided approved",
    ]);
    for (const event of heard)
      expect(event).toMatchObject({ source: "veriff-capture", version: 1, sessionId: session.id });
    // Every message the page got came from the capture page's origin.
    expect(new Set(senders)).toEqual(new Set([new URL(baseURL!).origin]));
  } finally {
    await shop.close();
  }
});

test("a page on an origin not in APP_EMBED_ORIGINS cannot frame a capture link, and hears nothing", async ({
  page,
  request,
  baseURL,
  cspViolations,
}) => {
  const session = await newSession(request, baseURL!);
  const stranger = await hostSite(STRANGER_ORIGIN, shopPage(baseURL!));
  try {
    await page.goto(`${stranger.origin}/?link=${encodeURIComponent(session.captureUrl)}`);
    await page.getByRole("button", { name: "Verify me" }).click();
    // The browser refuses the frame because of the capture page's frame-ancestors, and says so (expected here).
    await expect.poll(() => cspViolations.length).toBe(1);
    expect(cspViolations.splice(0)[0]).toContain("frame-ancestors");
    await expect(page.frameLocator("iframe").getByRole("heading")).toHaveCount(0);
    const { heard, senders } = await page.evaluate(() => {
      const shopWindow = window as unknown as { heard: unknown[]; senders: string[] };
      return { heard: shopWindow.heard, senders: shopWindow.senders };
    });
    expect([heard, senders]).toEqual([[], []]);
  } finally {
    await stranger.close();
  }
});

test("embed.js is served for any page to load, pinned or not, and is no page itself", async ({ request }) => {
  const response = await request.get("/embed.js");
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toMatch(/^(application|text)\/javascript/);
  expect(headers["access-control-allow-origin"]).toBe("*");
  expect(headers["cross-origin-resource-policy"]).toBe("cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["cache-control"]).toBe("public, max-age=300");
  expect(headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
  expect((await response.body()).length).toBeLessThan(5 * 1024);
});
