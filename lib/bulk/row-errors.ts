// How a step of a row can end short of the next step. Messages name fields,
// codes and statuses, never personal data or paths.
import { VeriffError } from "@/lib/veriff/errors";

/** Worth trying again later: Veriff unavailable or busy, a frame whose fate cannot be told yet. */
export class RowRetry extends Error {
  override readonly name = "RowRetry";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Will not succeed however often it is tried: Veriff refused it, a file cannot be used. */
export class RowFailure extends Error {
  override readonly name = "RowFailure";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Another process holds the row now (this one's lease ran out): it records nothing more. */
export class LeaseLost extends Error {
  override readonly name = "LeaseLost";
  constructor() {
    super("the row's lease was lost");
  }
}

/** This run is stopping (Ctrl-C): the row is let go of at its next step. */
export class RunStopped extends Error {
  override readonly name = "RunStopped";
  constructor() {
    super("the run is stopping");
  }
}

/** A Veriff client error as a row's outcome. */
export function rowErrorOf(error: VeriffError, step: string): RowRetry | RowFailure {
  const code = error.code
    ? `veriff_${error.code}`
    : error.status
      ? `veriff_http_${error.status}`
      : `veriff_${error.kind}`;
  const message = `${step}: ${error.message}`;
  return error.permanent ? new RowFailure(code, message) : new RowRetry(code, message);
}
