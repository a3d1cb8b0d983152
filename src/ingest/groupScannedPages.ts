import type { PageOrigin } from "./buildArticleRecord.ts";
import { HeadlineCollector } from "./collectHeadlines.ts";
import type { IngestReport } from "./ingestReport.ts";
import type { InputRecord } from "./ingestState.ts";
import { normalizeForMatching } from "./normalizeForMatching.ts";
import { parseArticleUrl } from "./parseManifest.ts";

/** One input file after the scan: its fingerprint and summary, and where it came from. */
export interface ScannedPage {
  file: string;
  record: InputRecord;
  origin: PageOrigin;
}

/** What the scanned pages add up to, before anything is written. */
export interface GroupedPages {
  /** Pages by article id, in input order: the first is kept, the rest are its duplicates. */
  groups: Map<string, ScannedPage[]>;
  rejected: IngestReport["rejected"];
  warnings: IngestReport["warnings"];
  headlines: HeadlineCollector;
  /** Normalised title → id of the first article with that title, to link headlines. */
  articleByTitle: Map<string, string>;
}

/** Groups duplicates, collects rejections and warnings, and tallies tickers, in input order. */
export function groupScannedPages(pages: readonly ScannedPage[]): GroupedPages {
  const grouped: GroupedPages = {
    groups: new Map(),
    rejected: [],
    warnings: [],
    headlines: new HeadlineCollector(),
    articleByTitle: new Map(),
  };
  for (const page of pages) {
    const summary = page.record.page;
    for (const message of summary.warnings) grouped.warnings.push({ file: page.file, message });
    if (summary.rejected) grouped.rejected.push({ file: page.file, reason: summary.rejected });
    if (summary.ticker) {
      const aggregator = page.origin.url ? parseArticleUrl(page.origin.url)?.aggregator : undefined;
      grouped.headlines.addPage(summary.ticker, page.origin.scrapedAt, aggregator);
    }
    if (!summary.article) continue;
    const group = grouped.groups.get(summary.article.id);
    if (group) {
      group.push(page);
      continue;
    }
    grouped.groups.set(summary.article.id, [page]);
    const title = normalizeForMatching(summary.article.title);
    if (!grouped.articleByTitle.has(title)) grouped.articleByTitle.set(title, summary.article.id);
  }
  return grouped;
}
