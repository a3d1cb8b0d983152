import { readFile } from "node:fs/promises";

/** Bump when the parser or the Markdown writer changes output, so cached results are not reused. */
export const INGEST_STATE_VERSION = 5;

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

/**
 * What an outdated state still tells: the hash of each file ingest wrote. Everything is parsed
 * and rendered again (no input key matches), but a file whose bytes are still the ones ingest
 * wrote is replaced by the new output instead of being kept as a hand edit.
 */
function writtenHashes(outputs: unknown): Record<string, OutputRecord> {
  const kept: Record<string, OutputRecord> = {};
  if (typeof outputs !== "object" || outputs === null) return kept;
  for (const [path, record] of Object.entries(outputs)) {
    const sha256: unknown = (record as { sha256?: unknown } | null)?.sha256;
    if (typeof sha256 === "string" && /^[0-9a-f]{32,64}$/.test(sha256)) {
      kept[path] = { sha256, size: -1, mtimeMs: -1, inputKey: "" };
    }
  }
  return kept;
}

/**
 * Reads the state file; a missing or unreadable one gives an empty state, and one written by
 * another version an empty state that still knows which bytes ingest wrote (see writtenHashes).
 */
export async function loadIngestState(path: string): Promise<IngestState> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return emptyIngestState();
  }
  try {
    const state = JSON.parse(text) as IngestState;
    if (typeof state !== "object" || state === null) return emptyIngestState();
    if (state.version !== INGEST_STATE_VERSION || typeof state.inputs !== "object")
      return { ...emptyIngestState(), outputs: writtenHashes(state.outputs) };
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
