/**
 * Counts per 32-bit term hash in two typed arrays (open addressing, linear probing): what a
 * `Map<number, number>` does, without a heap entry per term, for the millions of term lookups
 * of related-article ranking. Each present term has a slot, usable to index parallel arrays.
 */
export class TermTable {
  private keys: Uint32Array;
  private counts: Uint32Array;
  private mask: number;
  private used = 0;

  constructor(expectedTerms = 1 << 16) {
    let capacity = 1 << 10;
    while (capacity < expectedTerms * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity);
    this.counts = new Uint32Array(capacity);
    this.mask = capacity - 1;
  }

  /** Slots in the table; a slot is in use when its count is above 0. */
  get capacity(): number {
    return this.keys.length;
  }

  /** The term's slot: where it is, or where it would go (count 0 there). */
  slot(term: number): number {
    let at = (Math.imul(term, 0x9e3779b1) >>> 0) & this.mask;
    while (this.counts[at] !== 0 && this.keys[at] !== term) at = (at + 1) & this.mask;
    return at;
  }

  /** How many times the term was added (0 when never). */
  count(term: number): number {
    return this.counts[this.slot(term)] as number;
  }

  /** The count in a slot (0 when the slot is free). */
  countAt(slot: number): number {
    return this.counts[slot] as number;
  }

  /** Adds one occurrence of the term. */
  add(term: number): void {
    if ((this.used + 1) * 2 > this.keys.length) this.grow();
    const at = this.slot(term);
    if (this.counts[at] === 0) {
      this.keys[at] = term;
      this.used++;
    }
    this.counts[at] = (this.counts[at] as number) + 1;
  }

  private grow(): void {
    const { keys, counts } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.counts = new Uint32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const count = counts[i] as number;
      if (count === 0) continue;
      const at = this.slot(keys[i] as number);
      this.keys[at] = keys[i] as number;
      this.counts[at] = count;
    }
  }
}
