// A seeded random source for everything the soak chooses (which users get
// which outcome, the relay's shuffle, backoff jitter), so a run repeats.
import { mulberry32, seedOf } from "../../emulator/seeded-random";

export type Random = () => number;

/** The emulator's PRNG (mulberry32): small and well known; plenty for picking delays and orders. */
export const seededRandom: (seed: number) => Random = mulberry32;

/** A random source of its own for one part of the soak: its draws do not shift another part's. */
export function forkRandom(seed: number, part: string): Random {
  return mulberry32(seedOf(`${seed}:${part}`));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
