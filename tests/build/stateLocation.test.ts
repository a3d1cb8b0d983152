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
  // One build's files, all named after its output folder: the state, the front-matter cache and
  // the caches of later phases (open data).
  const state = (await readdir(path.join(content, ".state", "site-build"))).sort();
  const key = state[0]!.slice(0, 12);
  expect(key).toMatch(/^[0-9a-f]{12}$/);
  expect(state).toContain(`${key}.json`);
  expect(state).toContain(`${key}.frontmatter.json`);
  for (const file of state) expect(file).toMatch(new RegExp(`^${key}(\\.\\w+)?\\.json$`));
  await rm(work, { recursive: true, force: true });
});
