// A seeded random source for everything the soak chooses (which users get
// which outcome, the relay's shuffle, backoff jitter), so a run repeats.
export type Random = () => number;

/** mulberry32: small and well known; plenty for picking delays and orders. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random source of its own for one part of the soak: its draws do not shift another part's. */
export function forkRandom(seed: number, part: string): Random {
  let hash = 2166136261;
  for (const char of `${seed}:${part}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return seededRandom(hash);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
