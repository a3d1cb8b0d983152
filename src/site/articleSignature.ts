import type { ArticleRecord } from "./articleRecords.ts";

/**
 * The fields of an article record that follow from its own file (through its front matter), the
 * config and its newspaper's slug alone (see buildArticleRecords): the file's hash and the slug
 * stand for all of them in a signature, since the build's fingerprint covers the code and config.
 */
type OwnArticleField =
  | "id"
  | "title"
  | "source"
  | "newspaperHref"
  | "date"
  | "year"
  | "month"
  | "dateLabel"
  | "hijriLabel"
  | "dateProblem"
  | "author"
  | "url"
  | "excerpt"
  | "lang"
  | "words"
  | "wordsLabel"
  | "readingLabel"
  | "href"
  | "aggregatorHref"
  | "generated"
  | "dayHref"
  | "breadcrumb"
  | "scrapedAt"
  | "jsonHref";

/** What an article page's signature holds verbatim: what other articles (and the slugs) decide. */
const crossArticleFields = [
  "contentHash",
  "newspaperSlug",
  "previous",
  "next",
  "story",
] as const satisfies readonly (keyof ArticleRecord)[];

// Fails to compile when ArticleRecord gains a field that is neither own nor signed: a field that
// depends on other articles must join crossArticleFields, or an incremental build misses it.
type UnclassifiedField = Exclude<
  keyof ArticleRecord,
  OwnArticleField | (typeof crossArticleFields)[number] | "file"
>;
const everyFieldClassified: [UnclassifiedField] extends [never] ? true : UnclassifiedField = true;
void everyFieldClassified;

/**
 * Everything an article page renders besides templates, code and config: its file's hash (which
 * stands for every own field) and, verbatim, what other articles decide (its neighbours, its
 * story and related articles, its newspaper's slug). The source file's path never shows.
 */
export function articleSignature(article: ArticleRecord): unknown {
  return crossArticleFields.map((field) => article[field]);
}
