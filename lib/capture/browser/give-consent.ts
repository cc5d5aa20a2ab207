// Browser side: records that the end-user agreed to the processing, before
// the first photo (the server refuses frames until then).

/** The server's answer: ok, or its refusal's code (null when none came: the network, a proxy's page). */
export async function giveConsent(
  token: string,
  locale: string,
): Promise<{ ok: true } | { ok: false; code: string | null }> {
  const response = await fetch(`/api/capture/${encodeURIComponent(token)}/consent`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ locale }),
  }).catch(() => null);
  if (response?.ok) return { ok: true };
  const body = await response?.json().catch(() => null);
  return { ok: false, code: typeof body?.error?.code === "string" ? body.error.code : null };
}
