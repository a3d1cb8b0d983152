import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../../src/cli/runCli.ts";

const content = fileURLToPath(new URL("../fixtures/site/content", import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), "bad-option-values-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Runs the CLI in this process; resolves with its exit code and what it wrote to stderr. */
async function cli(...args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  const code = await runCli(["node", "news-archive", ...args]);
  return { code, stderr };
}

const WHOLE = "expected a whole number of at least 1.";
const PORT = "expected a port number from 0 to 65535.";
const build = ["build", "--content", content, "--out", join(workDir, "site"), "--no-search"];

describe("a bad option value", () => {
  it.each([
    ["--render-processes <n>", "abc", [...build, "--render-processes", "abc"], WHOLE],
    ["--render-processes <n>", "0", [...build, "--render-processes", "0"], WHOLE],
    ["--solo-limit <pages>", "1.5", [...build, "--solo-limit", "1.5"], WHOLE],
    ["--shard-size <n>", "-4", [...build, "--shard-size", "-4"], WHOLE],
    ["--port <port>", "99999", [...build, "--port", "99999"], PORT],
    ["--port <n>", "http", ["preview", "--out", workDir, "--port", "http"], PORT],
  ])(
    "refuses %s %s with one line naming the option, before any work",
    async (flag, value, args, expected) => {
      const run = await cli(...args);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `error: option '${flag}' argument '${value}' is invalid. ${expected}\n`,
      );
    },
  );

  // A prefix goes into every link, the sitemap, the feeds and `_headers` as it is written: a space,
  // quote or `%` there gave broken URLs, and the preview could not read such a prefix back.
  const PREFIX =
    "expected a URL path of ASCII letters, digits and - . _ ~ between slashes, e.g. /archive/.";
  it.each([
    ["/my archive/"],
    ['/a"b/'],
    ["/a%20b/"],
    ["/a?b/"],
    ["/a#b/"],
    ["/../"],
    ["/a/./b/"],
    ["/a//b/"],
    ["/a\\b/"],
  ])("refuses --path-prefix %s in build, merge and preview", async (prefix) => {
    for (const [flag, args] of [
      ["--path-prefix <prefix>", [...build, "--path-prefix", prefix]],
      ["--path-prefix <prefix>", ["merge", join(workDir, "part-1"), "--path-prefix", prefix]],
      ["--path-prefix <path>", ["preview", "--out", workDir, "--path-prefix", prefix]],
    ] as const) {
      const run = await cli(...args);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `error: option '${flag}' argument '${prefix}' is invalid. ${PREFIX}\n`,
      );
    }
  });

  it("refuses the same prefixes in --site-config", async () => {
    const run = await cli(...build, "--site-config", '{"pathPrefix":"/my archive/"}');
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")).toHaveLength(2);
    expect(run.stderr).toContain("pathPrefix");
    expect(run.stderr).toContain(PREFIX.replace(/\.$/, ""));
  });

  it("says what is wrong with --site-config in one line", async () => {
    const notJson = await cli(...build, "--site-config", "{itemsPerPage:50}");
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toBe(
      "error: option '--site-config <json>' argument '{itemsPerPage:50}' is invalid. is not JSON: {itemsPerPage:50}.\n",
    );
    const unknown = await cli(...build, "--site-config", '{"itemsPerPag":50}');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.split("\n")).toHaveLength(2);
    expect(unknown.stderr).toContain("itemsPerPag");
    expect(unknown.stderr).not.toContain("unexpected error");
  });
});
