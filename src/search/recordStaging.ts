import { mkdtemp, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { isProcessAlive } from "../ingest/isProcessAlive.ts";

const STAGING_PREFIX = "search-records-";
const STAGING_NAME = /^search-records-(\d+)-/;

/**
 * Makes the scratch folder the indexer writes record files into, named after this process, and
 * first removes the folders of indexers that died before they could remove theirs (a killed
 * build), so a crash leaves nothing behind for good.
 */
export async function makeRecordStaging(parent: string): Promise<string> {
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names) {
    const pid = STAGING_NAME.exec(name)?.[1];
    if (pid !== undefined && !isProcessAlive(Number(pid)))
      await rm(path.join(parent, name), { recursive: true, force: true });
  }
  return mkdtemp(path.join(parent, `${STAGING_PREFIX}${process.pid}-`));
}
