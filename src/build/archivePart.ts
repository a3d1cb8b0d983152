import { PartsError } from "./partManifest.ts";

/**
 * One of `count` parts of an archive built on separate machines (`news-archive build --part`):
 * `number` counts from 1, as on the command line and in CI matrices.
 */
export interface ArchivePart {
  number: number;
  count: number;
}

/** Reads `--part 2/3`; throws one line naming the flag when it is not `<i>/<n>` with 1 ≤ i ≤ n. */
export function parseArchivePart(text: string): ArchivePart {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const number = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || number < 1 || count < 1 || number > count)
    throw new PartsError(`--part must be <i>/<n> with 1 ≤ i ≤ n, e.g. 2/3: ${text}`);
  return { number, count };
}

/** `2/3`, as the command line writes a part. */
export function formatArchivePart(part: ArchivePart): string {
  return `${part.number}/${part.count}`;
}
