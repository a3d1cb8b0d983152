import { readFileSync, statSync } from "node:fs";
import { sha1Hex } from "../ingest/hashText.ts";
import { outputFileOf } from "./buildState.ts";

/** A page's output file as the last build left it: its size in bytes and a hash of its bytes. */
export type PageOutput = [size: number, hash: string];

/** Size and hash of an output file, or undefined when it does not exist. */
export function readPageOutput(file: string): PageOutput | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  return [bytes.length, sha1Hex(bytes).slice(0, 20)];
}

/**
 * Whether a page's output is still what the last build wrote. The size is always compared (one
 * `stat`: catches missing, empty and cut files); the bytes are hashed only when `verifyContent`
 * is set, after a build that did not finish, which may have left any page half-written.
 */
export function isPageOutputIntact(
  outDir: string,
  href: string,
  recorded: PageOutput | undefined,
  verifyContent: boolean,
): boolean {
  if (!recorded) return false;
  const file = outputFileOf(outDir, href);
  if (!verifyContent) return statSync(file, { throwIfNoEntry: false })?.size === recorded[0];
  const current = readPageOutput(file);
  return current !== undefined && current[0] === recorded[0] && current[1] === recorded[1];
}

/**
 * The output record of every page after a render: pages rendered now are read back, the others
 * keep the record they had (they were checked when the render was planned).
 */
export function recordPageOutputs(
  outDir: string,
  hrefs: Iterable<string>,
  rendered: ReadonlySet<string> | undefined,
  previous: Readonly<Record<string, PageOutput>>,
): Record<string, PageOutput> {
  const outputs: Record<string, PageOutput> = {};
  for (const href of hrefs) {
    const kept = rendered && !rendered.has(href) ? previous[href] : undefined;
    const output = kept ?? readPageOutput(outputFileOf(outDir, href));
    if (output) outputs[href] = output;
  }
  return outputs;
}
