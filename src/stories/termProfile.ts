/** An article's distinct terms (sorted hashes) and how often each occurs. */
export interface TermProfile {
  terms: Uint32Array;
  counts: Uint16Array;
}

/** The profile of term hashes (any order, repeats counted): sorted, then counted run by run. */
export function termProfile(hashes: Uint32Array): TermProfile {
  const sorted = hashes.slice().sort();
  const terms: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    terms.push(sorted[i] ?? 0);
    counts.push(Math.min(0xffff, j - i));
    i = j;
  }
  return { terms: Uint32Array.from(terms), counts: Uint16Array.from(counts) };
}
