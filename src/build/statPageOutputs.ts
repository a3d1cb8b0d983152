import { stat } from "node:fs/promises";
import { outputFileOf } from "../site/buildState.ts";
import type { PageOutput } from "../site/pageOutputs.ts";

/**
 * The size of every page output a previous build recorded (undefined when the file is missing),
 * each looked up with one `stat`. All lookups are queued at once, so the thread pool answers them
 * while this thread computes the model and the signatures (a stat each of 123k pages at 100k).
 */
export async function statPageOutputs(
  outDir: string,
  outputs: Readonly<Record<string, PageOutput>>,
): Promise<Map<string, number | undefined>> {
  const hrefs = Object.keys(outputs);
  const sizes = await Promise.all(
    hrefs.map((href) =>
      stat(outputFileOf(outDir, href)).then(
        (info) => info.size,
        () => undefined,
      ),
    ),
  );
  return new Map(hrefs.map((href, i) => [href, sizes[i]]));
}
