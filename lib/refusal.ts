// An expected failure as domain code reports it. It never names an HTTP
// status: a route picks that from the code, in one table
// (lib/http/refusal-response.ts), and server actions show the message.

/**
 * A stable `code` that programs (our pages, integrators) branch on, a
 * `message` for developers and staff, and `details`: fields that help act on
 * it (what is missing, what is allowed), sent with the code.
 */
export interface Refusal<Code extends string = string> {
  readonly ok: false;
  readonly code: Code;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

export function refusal<Code extends string>(
  code: Code,
  message: string,
  details?: Record<string, unknown>,
): Refusal<Code> {
  return details ? { ok: false, code, message, details } : { ok: false, code, message };
}
