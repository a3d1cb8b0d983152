/** One kept article: the input it came from and the Markdown it became (both relative). */
export interface ReportedArticle {
  file: string;
  output: string;
  id: string;
  title: string;
  source: string;
  date?: string;
  dateProblem?: string;
}

/** The same article found in several input files: the first (in path order) is kept. */
export interface ReportedDuplicate {
  id: string;
  output: string;
  kept: string;
  files: string[];
}

/** The JSON report of one ingest run. Deterministic: no timings, no absolute paths. */
export interface IngestReport {
  summary: {
    files: number;
    articles: number;
    rejected: number;
    warnings: number;
    duplicates: number;
    headlines: number;
  };
  articles: ReportedArticle[];
  rejected: Array<{ file: string; reason: string }>;
  warnings: Array<{ file: string; message: string }>;
  duplicates: ReportedDuplicate[];
  /** Number of distinct ticker headlines written under `headlines/`. */
  headlines: number;
}

/** Serialises the report (two-space JSON, trailing newline); lists keep their given order. */
export function serializeIngestReport(report: IngestReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
