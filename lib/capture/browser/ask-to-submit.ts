// Browser side: asks the server to submit the capture to Veriff, once every
// side is acknowledged. The server counts the frames itself and says which
// sides it still needs when it refuses.
import type { RefusalBody, SubmitAnswer } from "@/lib/contracts/capture-api";

type Missing = NonNullable<RefusalBody["error"]["missing"]>;

export type SubmitOutcome =
  /** `status`: "submitting" while another request's submit is still on its way; null when the answer was unreadable. */
  | { ok: true; status: SubmitAnswer["status"] | null }
  /** `code`: null when no refusal of ours came (the network, a proxy's page); `missing`: the sides the server still needs, when it says. */
  | { ok: false; code: string | null; missing: Missing | null };

export async function askToSubmit(token: string): Promise<SubmitOutcome> {
  const response = await fetch(`/api/capture/${encodeURIComponent(token)}/submit`, { method: "POST" }).catch(
    () => null,
  );
  if (response?.ok) {
    const answer: Partial<SubmitAnswer> | null = await response.json().catch(() => null);
    return { ok: true, status: answer?.status ?? null };
  }
  const body: Partial<RefusalBody> | null = await response?.json().catch(() => null);
  const error = body?.error;
  return {
    ok: false,
    code: typeof error?.code === "string" ? error.code : null,
    missing: Array.isArray(error?.missing) ? error.missing : null,
  };
}
