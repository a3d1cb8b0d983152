import { z } from "zod";
import { isIsoCalendarDate, isIsoDateTime, isoDateProblem } from "./calendarDate.ts";
import { isHttpUrl } from "./isHttpUrl.ts";

/** An ISO `YYYY-MM-DD` that exists on the calendar: a hand-edited 2017-02-31 is refused, not moved. */
const calendarDate = z.string().refine(isIsoCalendarDate, {
  error: (issue) => isoDateProblem(String(issue.input)),
});

/** An ISO date-time on a day that exists: the site formats and sorts by it, so anything else is refused. */
const dateTime = z.string().refine(isIsoDateTime, {
  error: (issue) => `${String(issue.input)} is not an ISO date-time (YYYY-MM-DDThh:mm:ssZ)`,
});

/** An absolute http(s) URL: anything else (`javascript:`, `data:`) must never become a link. */
const httpUrl = z.string().refine(isHttpUrl, { error: "not an http(s) URL" });

/**
 * The one schema for an article's front matter: the ingest writer produces it and the site
 * build checks it. A template may read only the fields named here.
 */
export const articleFrontMatterSchema = z.object({
  /** Stable id: the same article gives the same id on every run (hash of its normalised content). */
  id: z.string().regex(/^[0-9a-f]{12}$/),
  title: z.string().min(1),
  /** Newspaper display name, e.g. «الحياة». */
  source: z.string().min(1),
  /** ISO `YYYY-MM-DD`; absent when the page had no usable date (see `dateProblem`). */
  date: calendarDate.optional(),
  /** The attribution's date as printed, when it could not be used (e.g. `31 - 02 - 2017`). */
  dateProblem: z.string().optional(),
  author: z.string().optional(),
  /** Original article URL, from the manifest. */
  url: httpUrl.optional(),
  /** Aggregator host, e.g. `sauress.com`, from the manifest URL. */
  aggregator: z.string().optional(),
  /** Newspaper slug on the aggregator, e.g. `alhayat`, from the manifest URL. */
  paper: z.string().optional(),
  /** Input path relative to the input folder (forward slashes). */
  scrapedFrom: z.string(),
  /** ISO date-time of the scrape (manifest, or the file's modification time). */
  scrapedAt: dateTime,
  /** Other input files that held the same article. */
  duplicates: z.array(z.string()).optional(),
  /**
   * Machine-generated text (the bundled sample), declared by the manifest line's `"generated": true`;
   * the site then says so on every page but the real ones. Absent for real scraped pages.
   */
  generated: z.literal(true).optional(),
  /**
   * Page language as detected (`ar`, `fr`, ...): a BCP 47 tag, since it becomes the body's `lang`
   * attribute and JSON-LD `inLanguage`.
   */
  lang: z
    .string()
    .max(35)
    .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/, {
      error: "not a language tag such as ar or fr",
    })
    .default("ar"),
  excerpt: z.string(),
  words: z.number().int().nonnegative(),
});

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

/** The front matter of one ticker headline file under `content/headlines/`. */
export const headlineFrontMatterSchema = z.object({
  /** Stable key: hash of the normalised headline text. */
  key: z.string().regex(/^[0-9a-f]{12}$/),
  text: z.string().min(1),
  /** How many scraped pages carried it in their ticker. */
  seen: z.number().int().positive(),
  /** ISO date-times of the first and last scrape that carried it. */
  firstSeen: dateTime,
  lastSeen: dateTime,
  /** Aggregator hosts whose tickers carried it, when known. */
  aggregators: z.array(z.string()).optional(),
  /** Id of an archived article whose title matches, when there is one. */
  article: z
    .string()
    .regex(/^[0-9a-f]{12}$/)
    .optional(),
});

export type HeadlineFrontMatter = z.infer<typeof headlineFrontMatterSchema>;
