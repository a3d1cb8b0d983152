import { describe, expect, it } from "vitest";
import { ContentFolderError } from "../../src/build/checkContentFolder.ts";
import { formatCliError } from "../../src/cli/formatCliError.ts";
import { IngestError } from "../../src/ingest/runIngest.ts";

function systemError(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(
    `${code}: something, ${syscall}${path ? ` '${path}'` : ""}`,
  );
  error.code = code;
  error.syscall = syscall;
  if (path !== undefined) error.path = path;
  return error;
}

const quiet = (error: unknown, command = "ingest") =>
  formatCliError(error, { command, debug: false });

describe("formatCliError", () => {
  it.each([
    [
      systemError("ENOSPC", "write", "content/articles/2017/10/a1.md"),
      "news-archive ingest: no space left on the device while writing content/articles/2017/10/a1.md (ENOSPC): free some disk space, then run it again.\n",
    ],
    [
      systemError("EACCES", "open", "_site/index.html"),
      "news-archive ingest: permission denied while opening _site/index.html (EACCES): check the file's owner and permissions.\n",
    ],
    [
      systemError("ENOENT", "scandir", "content/raw"),
      "news-archive ingest: no such file or folder while reading content/raw (ENOENT): check the path.\n",
    ],
    [
      systemError("EROFS", "mkdir", "/mnt/ro/content"),
      "news-archive ingest: the file system is read-only while writing /mnt/ro/content (EROFS): choose a writable folder.\n",
    ],
    [
      // `--report notes.txt/report.json`: a file stands where a folder must be made.
      systemError("EEXIST", "mkdir", "notes.txt"),
      "news-archive ingest: a file is in the way while writing notes.txt (EEXIST): check the path.\n",
    ],
    [
      systemError("ENAMETOOLONG", "open", "_site/x"),
      "news-archive ingest: a file name is too long while opening _site/x (ENAMETOOLONG): choose a shorter path.\n",
    ],
    [
      systemError("EMFILE", "open", "content/raw/1.txt"),
      "news-archive ingest: too many open files while opening content/raw/1.txt (EMFILE): raise the limit (ulimit -n) and run it again.\n",
    ],
  ])("says what failed, on which file, and what to do: %s", (error, expected) => {
    expect(quiet(error)).toBe(expected);
  });

  it("finds the system error inside a wrapper that names the file (Eleventy's write errors)", () => {
    const wrapper = Object.assign(
      new Error('Having trouble writing to "_site/feed.xml" from "./templates/feed.xml.njk"'),
      { originalError: systemError("ENOSPC", "write") },
    );
    expect(quiet(wrapper, "build")).toBe(
      'news-archive build: no space left on the device (Having trouble writing to "_site/feed.xml" from "./templates/feed.xml.njk") (ENOSPC): free some disk space, then run it again.\n',
    );
  });

  it("keeps the message of errors the commands raise on purpose", () => {
    expect(quiet(new IngestError("input folder not found: raw"))).toBe(
      "news-archive ingest: input folder not found: raw\n",
    );
    expect(quiet(new ContentFolderError("no articles in c/articles"), "build")).toBe(
      "news-archive build: no articles in c/articles\n",
    );
  });

  it("prints an unexpected error as its first line and points to --debug", () => {
    expect(quiet(new TypeError("x is undefined\nmore detail"), "build")).toBe(
      "news-archive build: unexpected error: x is undefined (run again with --debug for details)\n",
    );
  });

  it("prints no stack frame without --debug and the whole stack with it", () => {
    const error = systemError("ENOSPC", "write", "a.md");
    expect(quiet(error)).not.toMatch(/^ {4}at /m);
    const debug = formatCliError(error, { command: "ingest", debug: true });
    expect(debug.split("\n")[0]).toContain("no space left on the device");
    expect(debug).toMatch(/^ {4}at /m);
  });
});
