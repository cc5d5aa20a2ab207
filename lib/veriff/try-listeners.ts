// Who wants to hear of every try of a Veriff call as it ends: a caller that
// paces itself by Veriff's answers (npm run bulk backs off on 429 and 5xx)
// sees the tries the client retries by itself, which its own errors hide.

/** How one try ended: the HTTP status, or "network", "timeout", ... when there was none. */
export type TryOutcome = number | string;
export type TryListener = (endpoint: string, outcome: TryOutcome) => void;

const listeners = new Set<TryListener>();

/** Calls `listener` after every try of every Veriff call in this process; returns the function that stops it. */
export function listenToVeriffTries(listener: TryListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportVeriffTry(endpoint: string, outcome: TryOutcome): void {
  for (const listener of listeners) listener(endpoint, outcome);
}
