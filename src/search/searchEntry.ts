import type { SearchRecord, SearchRecordKind } from "./searchRecord.ts";

/** A record the index will hold, known before its text is read. */
export interface SearchEntry {
  /** The record's URL, unique in the index. */
  id: string;
  kind: SearchRecordKind;
  /** `YYYY-MM-DD`; places the record in a date-ordered shard. */
  date?: string | undefined;
  /** Changes whenever the indexed record would: an unchanged shard is not rebuilt. */
  signature: string;
  /** Reads the record's text; called only when its shard is (re)built. */
  load(): SearchRecord;
}
