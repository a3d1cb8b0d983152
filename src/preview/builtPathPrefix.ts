import { readFile } from "node:fs/promises";
import { join } from "node:path";

const marker = /^# Written by news-archive build for the path prefix (\S+);/m;

/** The prefix recorded in the first comment of a `_headers` file written by writeHostFiles. */
export function pathPrefixFromHeadersFile(text: string): string | undefined {
  return marker.exec(text)?.[1];
}

/** The path prefix a built site was made for, read from its `_headers`, if the build wrote one. */
export async function readBuiltPathPrefix(siteDir: string): Promise<string | undefined> {
  const text = await readFile(join(siteDir, "_headers"), "utf8").catch(() => undefined);
  return text === undefined ? undefined : pathPrefixFromHeadersFile(text);
}
