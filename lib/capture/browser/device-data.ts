// Browser side: what the browser says about itself, for Veriff's fraud checks
// (collected-data). The fingerprint is a hash of stable browser traits, not a
// tracking identifier kept by us.
export async function sendDeviceData(token: string): Promise<void> {
  const traits = [
    navigator.userAgent,
    navigator.language,
    Intl.DateTimeFormat().resolvedOptions().timeZone,
    `${screen.width}x${screen.height}x${screen.colorDepth}`,
    String(navigator.hardwareConcurrency ?? ""),
  ].join("|");
  if (!globalThis.crypto?.subtle) return; // insecure context: nothing to send
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(traits));
  const fingerprint = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
  await fetch(`/api/capture/${encodeURIComponent(token)}/collected-data`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      fingerprint,
      language: navigator.language,
      userAgent: navigator.userAgent,
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    }),
  }).catch(() => undefined); // optional: never blocks the capture
}
