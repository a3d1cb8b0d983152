import { existsSync, readdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Folder holding one sub-folder per ingest fixture case. */
export const FIXTURES_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "fixtures",
  "ingest",
);

/** Names of the fixture cases (folders with an input.txt), sorted. */
export function fixtureCases(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES_DIR, d.name, "input.txt")))
    .map((d) => d.name)
    .sort();
}

/** Raw bytes of a fixture's input page. */
export function fixtureInput(name: string): Buffer {
  return readFileSync(join(FIXTURES_DIR, name, "input.txt"));
}

/**
 * The expected text stored beside a fixture, or, with UPDATE=1, stores `actual` as the new
 * expectation (undefined removes it) and returns it.
 */
export function expectedFile(
  name: string,
  file: string,
  actual: string | undefined,
): string | undefined {
  const path = join(FIXTURES_DIR, name, file);
  if (process.env.UPDATE === "1") {
    if (actual === undefined) rmSync(path, { force: true });
    else writeFileSync(path, actual);
    return actual;
  }
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}
