import type { Prng } from "./createPrng.ts";

/**
 * The headlines one aggregator shows in its ticker, newest first. It changes a little between
 * scrapes, so consecutive pages share most of their ticker, as real scraped pages do.
 * An empty string is an empty slot (printed as eight no-break spaces in a row).
 */
export class HeadlineTicker {
  readonly #slots: string[];
  readonly #capacity: number;

  constructor(initial: readonly string[], capacity = initial.length) {
    this.#slots = [...initial];
    this.#capacity = capacity;
  }

  /** Moves on to the next scrape: each new headline pushes the oldest one out. */
  advance(prng: Prng, nextHeadline: () => string): void {
    // ~0.4 new headlines per scrape: a headline stays on ~140 consecutive pages of its site.
    while (prng.chance(0.3)) {
      this.#slots.unshift(prng.chance(0.02) ? "" : nextHeadline());
      while (this.#slots.length > this.#capacity) this.#slots.pop();
    }
  }

  /** The current ticker contents. */
  current(): readonly string[] {
    return this.#slots;
  }
}
