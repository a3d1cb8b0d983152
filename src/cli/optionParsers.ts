import { InvalidArgumentError } from "commander";
import { isUrlPathPrefix, pathPrefixRule, type SiteConfig } from "../site/siteConfig.ts";
import { parseSiteOverrides } from "../site/siteConfigSchema.ts";
import { parseArchivePart, type ArchivePart } from "../build/archivePart.ts";

// Commander turns an InvalidArgumentError into one line naming the option and the value
// (`error: option '--port <n>' argument 'x' is invalid. …`) and exit code 1, before any work starts.

/** Parses a flag value that must be a whole number of at least 1 (`--render-processes`, `--shard-size`). */
export function positiveInteger(value: string): number {
  const number = Number(value);
  if (value.trim() === "" || !Number.isSafeInteger(number) || number < 1)
    throw new InvalidArgumentError("expected a whole number of at least 1.");
  return number;
}

/** Parses a TCP port flag: 0 (any free port) to 65535. */
export function portNumber(value: string): number {
  const number = Number(value);
  if (value.trim() === "" || !Number.isInteger(number) || number < 0 || number > 65535)
    throw new InvalidArgumentError("expected a port number from 0 to 65535.");
  return number;
}

/** Checks `--path-prefix`: a plain URL path such as `/archive/` (see {@link isUrlPathPrefix}). */
export function pathPrefix(value: string): string {
  if (!isUrlPathPrefix(value)) throw new InvalidArgumentError(`${pathPrefixRule}.`);
  return value;
}

/** Parses `--site-config` JSON into checked site config overrides. */
export function siteOverrides(value: string): Partial<SiteConfig> {
  try {
    return parseSiteOverrides(value);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InvalidArgumentError(`${message.replace(/^--site-config:?\s*/, "")}.`);
  }
}

/** Parses `--part i/n` (1 ≤ i ≤ n). */
export function archivePart(value: string): ArchivePart {
  try {
    return parseArchivePart(value);
  } catch {
    throw new InvalidArgumentError("expected <i>/<n> with 1 ≤ i ≤ n, e.g. 2/3.");
  }
}
