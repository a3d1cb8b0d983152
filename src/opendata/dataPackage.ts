import { absoluteUrl } from "../site/absoluteUrl.ts";
import type { SiteConfig } from "../site/siteConfig.ts";

/** A file of `/data/` as written: its name there, size and SHA-256. */
export interface DataFile {
  /** File name under `/data/`, e.g. `articles-2017.jsonl.gz`. */
  path: string;
  bytes: number;
  sha256: string;
}

/** The licence the data package declares (Open Definition identifier or a URL). */
export interface DataLicense {
  name: string;
  title: string;
  path?: string;
}

/**
 * What the archive can honestly license: the texts stay their newspapers' property; this archive's
 * own work (selection, metadata, story ids) is offered under ODC-By. Change it here if you hold
 * other rights.
 */
export const dataLicenses: readonly DataLicense[] = [
  {
    name: "ODC-By-1.0",
    title:
      "Open Data Commons Attribution License 1.0 for the archive's metadata and structure; article texts remain the property of their newspapers",
    path: "https://opendatacommons.org/licenses/by/1-0/",
  },
];

type Field = { name: string; type: string; format?: string; description: string };
const articleFields = (withText: boolean): Field[] => [
  { name: "id", type: "string", description: "Stable article id (12 hex digits)" },
  { name: "date", type: "date", description: "Publication date; empty when unknown" },
  { name: "newspaper", type: "string", description: "Newspaper name" },
  { name: "title", type: "string", description: "Headline" },
  { name: "author", type: "string", description: "Author, when printed" },
  { name: "story_id", type: "string", description: "Id of the earliest version of the same story" },
  { name: "words", type: "integer", description: "Word count" },
  { name: "lang", type: "string", description: "Detected language (BCP 47)" },
  {
    name: "archive_url",
    type: "string",
    format: "uri",
    description: "Article page in this archive",
  },
  {
    name: "json_url",
    type: "string",
    format: "uri",
    description: "Article JSON file in this archive",
  },
  {
    name: "original_url",
    type: "string",
    format: "uri",
    description: "Page the article was scraped from",
  },
  { name: "scraped_at", type: "datetime", description: "When the page was scraped (access date)" },
  ...(withText
    ? [
        {
          name: "text",
          type: "string",
          description: "Plain text, paragraphs separated by a blank line",
        },
      ]
    : []),
];
const headlineFields: Field[] = [
  { name: "key", type: "string", description: "Stable headline id (12 hex digits)" },
  { name: "text", type: "string", description: "Headline as shown in the ticker" },
  { name: "first_seen", type: "datetime", description: "First scrape that showed it" },
  { name: "last_seen", type: "datetime", description: "Last scrape that showed it" },
  { name: "seen", type: "integer", description: "Scraped pages that showed it" },
  {
    name: "article_id",
    type: "string",
    description: "Archived article with the same title, if any",
  },
];

/** The CSV dialect of every CSV file here (RFC 4180, CRLF, UTF-8 with BOM). */
const csvDialect = {
  delimiter: ",",
  lineTerminator: "\r\n",
  quoteChar: '"',
  doubleQuote: true,
  header: true,
};

function resourceFor(file: DataFile, baseUrl: (path: string) => string): Record<string, unknown> {
  const common = {
    path: file.path,
    bytes: file.bytes,
    hash: `sha256:${file.sha256}`,
    encoding: "utf-8",
    homepage: baseUrl(`/data/${file.path}`),
  };
  const year = /^articles-(\d{4}|undated)\.jsonl\.gz$/.exec(file.path)?.[1];
  if (year !== undefined) {
    return {
      name: `articles-${year}`,
      type: "table",
      title: year === "undated" ? "Undated articles" : `Articles of ${year}`,
      description: "One JSON object per line, gzip-compressed; null where a value is unknown.",
      format: "jsonl",
      mediatype: "application/jsonl",
      compression: "gz",
      ...common,
      schema: { fields: articleFields(true), missingValues: [""], primaryKey: ["id"] },
    };
  }
  if (file.path === "articles.csv") {
    return {
      name: "article-index",
      type: "table",
      title: "Index of every article (no text)",
      description:
        "A cell that would start a spreadsheet formula (=, +, -, @, tab, CR) is prefixed with an apostrophe; the JSON Lines files hold the exact text.",
      format: "csv",
      mediatype: "text/csv",
      dialect: csvDialect,
      ...common,
      schema: { fields: articleFields(false), missingValues: [""], primaryKey: ["id"] },
    };
  }
  if (file.path === "headlines.csv") {
    return {
      name: "headlines",
      type: "table",
      title: "News ticker headlines, with when they were first and last seen",
      format: "csv",
      mediatype: "text/csv",
      dialect: csvDialect,
      ...common,
      schema: { fields: headlineFields, missingValues: [""], primaryKey: ["key"] },
    };
  }
  throw new Error(`no resource description for ${file.path}`);
}

/** The Frictionless Data Package (v2) describing every file of `/data/`, in file name order. */
export function buildDataPackage(
  files: readonly DataFile[],
  config: SiteConfig,
  licenses: readonly DataLicense[] = dataLicenses,
): Record<string, unknown> {
  const url = (path: string) => absoluteUrl(path, config);
  return {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: "news-archive",
    title: config.title,
    description: config.description,
    homepage: url("/"),
    licenses,
    resources: [...files]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((file) => resourceFor(file, url)),
  };
}
