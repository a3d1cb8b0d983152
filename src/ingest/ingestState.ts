import { readFile } from "node:fs/promises";

/** Bump when the parser or the Markdown writer changes output, so cached results are not reused. */
export const INGEST_STATE_VERSION = 4;

/** What parsing one raw page gave, small enough to keep for 100k pages. */
export interface PageSummary {
  rejected?: string;
  warnings: string[];
  /** Key into `IngestState.tickers`: many pages share one ticker. */
  ticker?: string;
  article?: {
    id: string;
    title: string;
    source: string;
    date?: string;
    dateProblem?: string;
  };
}

/** One raw input file as last seen: its fingerprint and what it parsed to. */
export interface InputRecord {
  size: number;
  mtimeMs: number;
  sha256: string;
  page: PageSummary;
}

/** One Markdown file ingest wrote: its hash (to tell hand edits) and what it was made from. */
export interface OutputRecord {
  sha256: string;
  size: number;
  mtimeMs: number;
  /** Hash of everything the file was rendered from; equal means it needs no re-rendering. */
  inputKey: string;
}

/** Ingest's private memory between runs, kept in `<content>/.state/ingest-state.json`. */
export interface IngestState {
  version: number;
  inputs: Record<string, InputRecord>;
  /** Ticker id → its headline keys, space-separated. */
  tickers: Record<string, string>;
  /** Headline key → headline text. */
  headlines: Record<string, string>;
  outputs: Record<string, OutputRecord>;
}

/** An empty state, as on the first run. */
export function emptyIngestState(): IngestState {
  return { version: INGEST_STATE_VERSION, inputs: {}, tickers: {}, headlines: {}, outputs: {} };
}

/** Reads the state file; a missing, unreadable or outdated one gives an empty state. */
export async function loadIngestState(path: string): Promise<IngestState> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return emptyIngestState();
  }
  try {
    const state = JSON.parse(text) as IngestState;
    if (state.version !== INGEST_STATE_VERSION || typeof state.inputs !== "object")
      return emptyIngestState();
    return { ...emptyIngestState(), ...state };
  } catch {
    return emptyIngestState();
  }
}

/** Serialises the state with sorted keys, so an unchanged state gives identical bytes. */
export function serializeIngestState(state: IngestState): string {
  return `${JSON.stringify({
    version: state.version,
    inputs: sortedRecord(state.inputs),
    tickers: sortedRecord(state.tickers),
    headlines: sortedRecord(state.headlines),
    outputs: sortedRecord(state.outputs),
  })}\n`;
}

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = record[key] as T;
  return sorted;
}
