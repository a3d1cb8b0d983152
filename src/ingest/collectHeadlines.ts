import type { HeadlineFrontMatter } from "../archive/articleFrontMatter.ts";
import { normalizeForMatching } from "./normalizeForMatching.ts";
import type { TickerTable } from "./tickerTable.ts";

interface Sighting {
  seen: number;
  firstSeen: string;
  lastSeen: string;
  aggregators: Set<string>;
}

/**
 * Tallies ticker headlines over pages. Many pages carry the very same ticker, so pages are
 * tallied per ticker first and each distinct ticker is expanded into its headlines once.
 */
export class HeadlineCollector {
  private readonly tickers = new Map<string, Sighting>();

  /** Counts one page carrying the ticker `tickerId`, scraped at `scrapedAt`. */
  addPage(tickerId: string, scrapedAt: string, aggregator?: string): void {
    const sighting = this.tickers.get(tickerId);
    if (!sighting) {
      const aggregators = new Set<string>(aggregator ? [aggregator] : []);
      this.tickers.set(tickerId, {
        seen: 1,
        firstSeen: scrapedAt,
        lastSeen: scrapedAt,
        aggregators,
      });
      return;
    }
    sighting.seen += 1;
    if (scrapedAt < sighting.firstSeen) sighting.firstSeen = scrapedAt;
    if (scrapedAt > sighting.lastSeen) sighting.lastSeen = scrapedAt;
    if (aggregator) sighting.aggregators.add(aggregator);
  }

  /** Ids of the tickers counted so far. */
  tickerIds(): IterableIterator<string> {
    return this.tickers.keys();
  }

  /** The headlines' front matter sorted by key, linked to the article whose title matches. */
  frontMatters(
    table: TickerTable,
    articleByTitle: ReadonlyMap<string, string>,
  ): HeadlineFrontMatter[] {
    const headlines = new Map<string, Sighting>();
    for (const [tickerId, sighting] of this.tickers) {
      // A headline repeated within one ticker is still one page that carried it.
      for (const key of new Set(table.keys(tickerId))) {
        const known = headlines.get(key);
        if (known) addSighting(known, sighting);
        else headlines.set(key, { ...sighting, aggregators: new Set(sighting.aggregators) });
      }
    }
    return [...headlines.keys()].sort().map((key) => {
      const sighting = headlines.get(key) as Sighting;
      const text = table.text(key);
      const article = articleByTitle.get(normalizeForMatching(text));
      return {
        key,
        text,
        seen: sighting.seen,
        firstSeen: sighting.firstSeen,
        lastSeen: sighting.lastSeen,
        ...(sighting.aggregators.size > 0 ? { aggregators: [...sighting.aggregators].sort() } : {}),
        ...(article ? { article } : {}),
      };
    });
  }
}

function addSighting(into: Sighting, from: Sighting): void {
  into.seen += from.seen;
  if (from.firstSeen < into.firstSeen) into.firstSeen = from.firstSeen;
  if (from.lastSeen > into.lastSeen) into.lastSeen = from.lastSeen;
  for (const aggregator of from.aggregators) into.aggregators.add(aggregator);
}
