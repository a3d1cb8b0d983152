/** 32-bit hashing for words and shingles: FNV-1a over UTF-16 units, then MurmurHash3's finaliser. */

/** MurmurHash3's 32-bit finaliser: spreads every input bit over the whole word. */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A well-mixed unsigned 32-bit hash of a string. */
export function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** Combines two 32-bit hashes in order (`combine(a, b) !== combine(b, a)`). */
export function combineHashes(a: number, b: number): number {
  return mix32(Math.imul(a, 0x9e3779b1) ^ (b + 0x7f4a7c15));
}
