import { cleanScrapedText } from "./cleanScrapedText.ts";
import { buildArticleRecord, type ArticleRecord, type PageOrigin } from "./buildArticleRecord.ts";
import { decodePageBytes } from "./decodePageBytes.ts";
import { normalizePageText } from "./normalizePageText.ts";
import { splitScrapedPage } from "./splitScrapedPage.ts";

/** Everything one raw page yields: its ticker, its article or why it was rejected, and warnings. */
export interface ProcessedPage {
  tickerHeadlines: string[];
  article?: ArticleRecord;
  /** Why no article could be kept; the page's headlines still count. */
  rejection?: string;
  warnings: string[];
}

/** Runs the whole pure chain for one page: decode → normalise → clean → split → attribution → record. */
export function processPage(bytes: Uint8Array, origin: PageOrigin): ProcessedPage {
  const decoded = decodePageBytes(bytes);
  if (!decoded.ok) return { tickerHeadlines: [], rejection: decoded.reason, warnings: [] };
  const cleaned = cleanScrapedText(normalizePageText(decoded.text));
  const parts = splitScrapedPage(cleaned.text);
  const warnings = parts.problems.filter((p) => p.severity === "warning").map((p) => p.message);
  warnings.unshift(...cleaned.warnings);
  if (decoded.warning) warnings.unshift(decoded.warning);
  const error = parts.problems.find((p) => p.severity === "error");
  if (error || !parts.title || !parts.attribution) {
    return {
      tickerHeadlines: parts.tickerHeadlines,
      rejection: error?.message ?? "unknown layout",
      warnings,
    };
  }
  if (parts.attribution.problem) {
    warnings.push(`${parts.attribution.problem}: article kept without a date`);
  }
  const article = buildArticleRecord(
    {
      title: parts.title,
      attribution: parts.attribution,
      bodyParagraphs: parts.bodyParagraphs,
      lang: parts.lang,
    },
    origin,
  );
  return { tickerHeadlines: parts.tickerHeadlines, article, warnings };
}
