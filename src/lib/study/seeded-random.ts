/**
 * Reproducible randomness: the same seed gives the same sequence on every
 * browser, so a daily quiz is the same for every member that day and a
 * shuffled test can be reviewed in the order it was taken.
 */

/** A 32-bit hash of a string (FNV-1a), the seed of the generator. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and good enough to shuffle a quiz. Returns numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates); the input is left as it was. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** `count` distinct indexes of `size` items, drawn at random (all of them if count ≥ size). */
export function drawIndexes(size: number, count: number, random: () => number): number[] {
  return shuffled(
    Array.from({ length: size }, (_, i) => i),
    random,
  ).slice(0, Math.min(count, size));
}
