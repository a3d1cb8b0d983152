// Build settings travel as typed options and one validated job object, never through process.env.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/** Every TypeScript file of the build: src/ and the Eleventy config. */
function sourceFiles(): string[] {
  const files = readdirSync(path.join(root, "src"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => path.join("src", file));
  return [...files, ".eleventy.ts"];
}

it("reads no NEWS_ARCHIVE_ environment variable anywhere in src/ or .eleventy.ts", () => {
  const readers = sourceFiles().flatMap((file) =>
    readFileSync(path.join(root, file), "utf8")
      .split("\n")
      .flatMap((line, index) =>
        line.includes("NEWS_ARCHIVE_") ? [`${file}:${index + 1}: ${line.trim()}`] : [],
      ),
  );
  expect(readers).toEqual([]);
});

it("reads no process.env in the site and build code", () => {
  const readers = sourceFiles()
    .filter((file) => /^src[/\\](site|build)[/\\]|^\.eleventy\.ts$/.test(file))
    .flatMap((file) =>
      readFileSync(path.join(root, file), "utf8")
        .split("\n")
        .flatMap((line, index) =>
          /process\.env\b/.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
  expect(readers).toEqual([]);
});
