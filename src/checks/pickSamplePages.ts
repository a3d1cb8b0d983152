/** A page type of the archive and the file path pattern (relative to the site folder) that identifies it. */
export interface PageType {
  name: string;
  pattern: RegExp;
  /** Every built archive has it; a missing required type is reported as an error. */
  required: boolean;
}

/** The page types of the archive, in the order a reader meets them. */
export const pageTypes: readonly PageType[] = [
  { name: "home", pattern: /^index\.html$/, required: true },
  {
    name: "article",
    pattern: /^articles\/(\d{4}\/\d{2}|undated)\/[^/]+\/index\.html$/,
    required: true,
  },
  { name: "archive", pattern: /^archive\/index\.html$/, required: true },
  { name: "year", pattern: /^archive\/\d{4}\/index\.html$/, required: true },
  { name: "month", pattern: /^archive\/\d{4}\/\d{2}\/index\.html$/, required: true },
  { name: "day", pattern: /^archive\/\d{4}\/\d{2}\/\d{2}\/index\.html$/, required: true },
  { name: "newspapers", pattern: /^newspapers\/index\.html$/, required: false },
  { name: "newspaper", pattern: /^newspapers\/[^/]+\/index\.html$/, required: true },
  {
    name: "newspaper month",
    pattern: /^newspapers\/[^/]+\/\d{4}\/\d{2}\/index\.html$/,
    required: false,
  },
  { name: "all articles", pattern: /^articles\/index\.html$/, required: true },
  // A month of all articles, and a page of a month too long for one (lists are keyed by month).
  { name: "list month", pattern: /^articles\/\d{4}\/\d{2}\/index\.html$/, required: false },
  {
    name: "list page 2",
    pattern: /^articles\/\d{4}\/\d{2}\/page\/\d+\/index\.html$/,
    required: false,
  },
  { name: "headlines", pattern: /^headlines\/index\.html$/, required: true },
  { name: "headlines page 2", pattern: /^headlines\/page\/\d+\/index\.html$/, required: false },
  { name: "undated", pattern: /^archive\/undated\/index\.html$/, required: false },
  // Only an archive where some story ran in two newspapers has one.
  { name: "story", pattern: /^stories\/[0-9a-f]{12}\/index\.html$/, required: false },
  { name: "about", pattern: /^about\/index\.html$/, required: true },
  { name: "search", pattern: /^search\/index\.html$/, required: true },
  { name: "404", pattern: /^404\.html$/, required: true },
];

/** The chosen page of each type, and the required types with no page at all. */
export interface SamplePages {
  pages: Array<{ type: string; file: string }>;
  missing: string[];
}

/** Picks the first HTML file (in sorted order, so runs agree) of each page type. */
export function pickSamplePages(htmlFiles: readonly string[]): SamplePages {
  const sorted = [...htmlFiles].sort();
  const pages: SamplePages["pages"] = [];
  const missing: string[] = [];
  for (const type of pageTypes) {
    const file = sorted.find((candidate) => type.pattern.test(candidate));
    if (file !== undefined) pages.push({ type: type.name, file });
    else if (type.required) missing.push(type.name);
  }
  return { pages, missing };
}
