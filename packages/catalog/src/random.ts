/**
 * A small, fast, seeded pseudo-random number generator (sfc32, seeded through splitmix32).
 * Everything in the demo catalog is drawn from it, so a given seed always yields the same data.
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends inclusive. */
  int(min: number, max: number): number;
  /** True with the given probability (0..1). */
  chance(probability: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** One element of a non-empty array, chosen with probability proportional to `weightFn(item)`. */
  weighted<T>(items: readonly T[], weightFn: (item: T, index: number) => number): T;
  /** A shuffled copy of the array (Fisher–Yates); the input is left untouched. */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct elements of the array in random order (all of them if it has fewer). */
  sample<T>(items: readonly T[], count: number): T[];
  /** A string of `length` characters drawn from `alphabet`. */
  string(length: number, alphabet: string): string;
  /** A random RFC 4122 version 4 UUID string, e.g. `3f2b8c1e-9a4d-4f6b-8e2c-7d1a5b9c0e3f`. */
  uuid(): string;
}

const UINT32 = 0x1_0000_0000;

/** splitmix32: turns any 32-bit seed into a well-mixed stream, used only to initialise sfc32. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

/** Folds any finite number (also negative, fractional or above 2^32) into a 32-bit seed. */
function normalizeSeed(seed: number): number {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const whole = Math.trunc(seed);
  const low = whole >>> 0;
  const high = Math.floor(whole / UINT32) >>> 0;
  return (low ^ Math.imul(high, 0x85ebca6b)) >>> 0;
}

/**
 * Derives an independent seed from a base seed and a label, so that separate streams
 * (for example ids and content) do not disturb each other when one of them changes.
 */
export function deriveSeed(seed: number, label: string): number {
  let hash = normalizeSeed(seed) ^ 0x811c9dc5;
  for (let i = 0; i < label.length; i += 1) {
    hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
  }
  return splitmix32(hash)();
}

export function createRandom(seed: number): Random {
  const init = splitmix32(normalizeSeed(seed));
  let a = init();
  let b = init();
  let c = init();
  let d = init();

  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i += 1) nextUint32();

  const next = (): number => nextUint32() / UINT32;

  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`int(${min}, ${max}): expected integers with min <= max`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick() needs a non-empty array');
    return items[Math.floor(next() * items.length)] as T;
  };

  const weighted = <T>(items: readonly T[], weightFn: (item: T, index: number) => number): T => {
    const weights = items.map((item, index) => Math.max(0, weightFn(item, index)));
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    if (!(total > 0)) throw new RangeError('weighted() needs at least one positive weight');
    let threshold = next() * total;
    for (let i = 0; i < items.length; i += 1) {
      const weight = weights[i] ?? 0;
      if (threshold < weight) return items[i] as T;
      threshold -= weight;
    }
    // Floating-point leftovers: fall back to the last item with a positive weight.
    let last = items.length - 1;
    while (last > 0 && (weights[last] ?? 0) <= 0) last -= 1;
    return items[last] as T;
  };

  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      const tmp = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = tmp;
    }
    return copy;
  };

  const sample = <T>(items: readonly T[], count: number): T[] => shuffle(items).slice(0, Math.max(0, count));

  const string = (length: number, alphabet: string): string => {
    if (alphabet.length === 0) throw new RangeError('string() needs a non-empty alphabet');
    let out = '';
    for (let i = 0; i < length; i += 1) out += alphabet[Math.floor(next() * alphabet.length)];
    return out;
  };

  const uuid = (): string => {
    let hex = '';
    for (let i = 0; i < 4; i += 1) hex += nextUint32().toString(16).padStart(8, '0');
    const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
    return [
      hex.slice(0, 8),
      hex.slice(8, 12),
      `4${hex.slice(13, 16)}`,
      `${variant}${hex.slice(17, 20)}`,
      hex.slice(20, 32),
    ].join('-');
  };

  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted,
    shuffle,
    sample,
    string,
    uuid,
  };
}
