/** A seeded pseudo-random source; every random choice of the corpus generator goes through one. */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** One element, chosen with the given non-negative weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A child source whose sequence depends only on this source's next value and `label`. */
  fork(label: string): Prng;
}

/** Hashes a string to a 32-bit seed (cyrb53-style mixing, cut to 32 bits). */
export function hashSeed(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  return h1 >>> 0;
}

/** Creates an sfc32 generator from a numeric or textual seed (no Math.random: runs must repeat). */
export function createPrng(seed: number | string): Prng {
  const base = typeof seed === "number" ? seed >>> 0 : hashSeed(seed);
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = base;
  const nextUint = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  // sfc32 needs a few rounds before its output no longer echoes the seed.
  for (let i = 0; i < 15; i += 1) nextUint();

  const prng: Prng = {
    next: () => nextUint() / 4294967296,
    int: (min, max) => min + Math.floor(prng.next() * (max - min + 1)),
    chance: (p) => prng.next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick() needs a non-empty array");
      return items[Math.floor(prng.next() * items.length)] as (typeof items)[number];
    },
    weighted: (items) => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = prng.next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      const last = items[items.length - 1];
      if (!last) throw new Error("weighted() needs a non-empty array");
      return last[0];
    },
    fork: (label) => createPrng(hashSeed(`${nextUint()}:${label}`)),
  };
  return prng;
}
