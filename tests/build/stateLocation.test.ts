import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { fixtureContent } from "../site/renderFixtureSite.ts";

const cli = fileURLToPath(new URL("../../scripts/news-archive.js", import.meta.url));

it("keeps the build state and front-matter cache under <content>/.state/ and writes nothing into the folder it runs from", async () => {
  const work = await mkdtemp(path.join(tmpdir(), "state-location-"));
  const content = path.join(work, "content");
  const runFrom = path.join(work, "run-from");
  // Without any state another test left in the fixture folder.
  await cp(fixtureContent, content, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}.state`),
  });
  await mkdir(runFrom);
  const args = ["build", "--no-search", "--content", content, "--out", path.join(work, "site")];
  await promisify(execFile)(process.execPath, [cli, ...args], { cwd: runFrom });
  expect(await readdir(runFrom)).toEqual([]);
  const state = (await readdir(path.join(content, ".state", "site-build"))).sort();
  expect(state).toEqual([
    expect.stringMatching(/^[0-9a-f]{12}\.frontmatter\.json$/),
    expect.stringMatching(/^[0-9a-f]{12}\.json$/),
  ]);
  await rm(work, { recursive: true, force: true });
});
