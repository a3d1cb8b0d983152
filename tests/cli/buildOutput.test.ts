import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createProgram } from "../../src/cli/runCli.ts";
import { progressBars } from "../../src/cli/progressBars.ts";
import { fixtureContent } from "../site/renderFixtureSite.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const work = await mkdtemp(path.join(tmpdir(), "build-output-"));
afterAll(() => rm(work, { recursive: true, force: true }));

async function cli(args: string[]) {
  // The state goes to the work folder, not to the shared fixture folder's .state/.
  const state = ["--state-file", path.join(work, `${args.at(-1)}.state.json`)];
  return promisify(execFile)(process.execPath, ["scripts/news-archive.js", ...args, ...state], {
    cwd: root,
  });
}

describe("what `news-archive build` prints", () => {
  it("prints one line per phase, and nothing of Eleventy's, when not on a terminal", async () => {
    const out = path.join(work, "quiet");
    const { stdout, stderr } = await cli(["build", "--content", fixtureContent, "--out", out]);
    const lines = stdout.trim().split("\n");
    expect(lines.map((line) => /^news-archive build: ([\w ]+?)[: ]/.exec(line)?.[1])).toEqual([
      "load",
      "stories",
      "plan",
      "render",
      "open",
      "search",
      "host",
      "wrote",
    ]);
    expect(lines[0]).toMatch(
      /^news-archive build: load: 12 articles and 6 headlines in \d+\.\d s$/,
    );
    expect(lines[1]).toMatch(
      /^news-archive build: stories: \d+ of 12 articles fingerprinted, \d+ stories with several versions in \d+\.\d s$/,
    );
    expect(lines[2]).toMatch(/^news-archive build: plan: \d+ pages planned in \d+\.\d s$/);
    expect(lines[3]).toMatch(/^news-archive build: render: \d+ files in \d+\.\d s$/);
    expect(`${stdout}${stderr}`).not.toContain("[11ty]");
    // Notes only: the fixture holds files the loader must skip, each named on one line.
    for (const line of stderr.trim().split("\n"))
      expect(line).toMatch(/^news-archive build: skipped \S+\.md: /);
  });

  it("adds Eleventy's own lines with --verbose", async () => {
    const out = path.join(work, "verbose");
    const { stdout, stderr } = await cli([
      "build",
      "--no-search",
      "--verbose",
      "--content",
      fixtureContent,
      "--out",
      out,
    ]);
    expect(`${stdout}${stderr}`).toMatch(/\[11ty\] Wrote \d+ files/);
  });
});

describe("the command line's help", () => {
  it("prints the package's version for --version", async () => {
    const { version } = JSON.parse(await readFile(path.join(root, "package.json"), "utf8"));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["scripts/news-archive.js", "--version"],
      { cwd: root },
    );
    expect(stdout.trim()).toBe(version);
  });

  it.each(["ingest", "build", "merge", "preview"])(
    "ends the help of %s with examples of it",
    (name) => {
      const command = createProgram(() => {}).commands.find((c) => c.name() === name)!;
      let help = "";
      command.configureOutput({ writeOut: (text) => (help += text) });
      command.outputHelp();
      const examples = help.slice(help.indexOf("\nExamples:\n"));
      expect(
        examples.match(new RegExp(`^  \\$ news-archive ${name}( |$)`, "gm"))?.length,
      ).toBeGreaterThanOrEqual(2);
    },
  );
});

describe("progress bars on a terminal", () => {
  it("replace each phase's bar by its summary line and hold notes until then", () => {
    let written = "";
    const stream = Object.assign(
      new Writable({
        write(chunk, _encoding, done) {
          written += String(chunk);
          done();
        },
      }),
      { isTTY: true, columns: 80 },
    ) as unknown as NodeJS.WriteStream;
    const progress = progressBars(stream, "");
    progress.start("render", 10);
    progress.advance(5);
    progress.note("skipped a.md: invalid front matter");
    progress.end("render: 10 files in 1.0 s");
    const text = written.replace(/\u001b\[[\d;?]*[A-Za-z]|\u001b[78]/g, "");
    expect(text).toContain("render [");
    expect(text.indexOf("render: 10 files in 1.0 s\n")).toBeLessThan(text.indexOf("skipped a.md"));
    expect(text.endsWith("skipped a.md: invalid front matter\n")).toBe(true);
  });
});
