// Browser side: keeps the live hints calm. A hint is shown only once the
// picture has said the same thing for HOLD_MS, and goes away only once it has
// stopped saying it for as long, so one odd sample (a passing shadow, the
// camera adjusting its exposure) neither flashes a hint nor clears one.
export const HOLD_MS = 600;

export interface CalmHint<Hint> {
  /** What the live region says now. */
  shown: Hint | null;
  /** What the samples have said since `since`. */
  heard: Hint | null;
  since: number;
}

export function calmHint<Hint>(): CalmHint<Hint> {
  return { shown: null, heard: null, since: 0 };
}

/** The state after a sample that said `hint` at `now` (ms). */
export function nextCalmHint<Hint>(state: CalmHint<Hint>, hint: Hint | null, now: number): CalmHint<Hint> {
  const heard = hint === state.heard ? state : { ...state, heard: hint, since: now };
  if (heard.shown !== heard.heard && now - heard.since >= HOLD_MS) return { ...heard, shown: heard.heard };
  return heard;
}
