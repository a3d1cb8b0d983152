import type { HeadlineFrontMatter } from "../archive/articleFrontMatter.ts";
import { headlineKey } from "./headlineKey.ts";
import { normalizeForMatching } from "./normalizeForMatching.ts";

interface HeadlineTally {
  text: string;
  seen: number;
  firstSeen: string;
  lastSeen: string;
  aggregators: Set<string>;
}

/** Tallies ticker headlines over pages: fed in input order, so the first spelling seen is kept. */
export class HeadlineCollector {
  private readonly tallies = new Map<string, HeadlineTally>();

  /** Counts one page's ticker: each distinct headline once, at the page's scrape time. */
  addPage(headlines: readonly string[], scrapedAt: string, aggregator?: string): void {
    const keys = new Set<string>();
    for (const text of headlines) {
      const key = headlineKey(text);
      if (keys.has(key)) continue;
      keys.add(key);
      const tally = this.tallies.get(key);
      if (!tally) {
        const aggregators = new Set<string>(aggregator ? [aggregator] : []);
        this.tallies.set(key, {
          text,
          seen: 1,
          firstSeen: scrapedAt,
          lastSeen: scrapedAt,
          aggregators,
        });
        continue;
      }
      tally.seen += 1;
      if (scrapedAt < tally.firstSeen) tally.firstSeen = scrapedAt;
      if (scrapedAt > tally.lastSeen) tally.lastSeen = scrapedAt;
      if (aggregator) tally.aggregators.add(aggregator);
    }
  }

  get size(): number {
    return this.tallies.size;
  }

  /** The headlines' front matter sorted by key, linked to the article whose title matches. */
  frontMatters(articleByTitle: ReadonlyMap<string, string>): HeadlineFrontMatter[] {
    return [...this.tallies.keys()].sort().map((key) => {
      const tally = this.tallies.get(key) as HeadlineTally;
      const article = articleByTitle.get(normalizeForMatching(tally.text));
      return {
        key,
        text: tally.text,
        seen: tally.seen,
        firstSeen: tally.firstSeen,
        lastSeen: tally.lastSeen,
        ...(tally.aggregators.size > 0 ? { aggregators: [...tally.aggregators].sort() } : {}),
        ...(article ? { article } : {}),
      };
    });
  }
}
