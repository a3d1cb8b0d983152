import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { parseDocument } from "htmlparser2";
import * as DomUtils from "domutils";
import type { Document, Element } from "domhandler";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The hand-written fixture archive (articles and headlines in the ingest layout). */
export const fixtureContent = path.join(root, "tests/fixtures/site/content");

/** A fixture site rendered by the real CLI into a temporary folder. */
export interface RenderedSite {
  outDir: string;
  stderr: string;
  read(file: string): Promise<string>;
  page(file: string): Promise<Document>;
  htmlFiles(): Promise<string[]>;
}

/** Runs `news-archive build` on the fixture archive (a child process: Eleventy imports the .ts config through tsx). */
export async function renderFixtureSite(pathPrefix?: string): Promise<RenderedSite> {
  const outDir = await mkdtemp(path.join(tmpdir(), "site-test-"));
  const stateFile = path.join(outDir, "..", `${path.basename(outDir)}.state.json`);
  const args = [
    "scripts/news-archive.js",
    "build",
    "--content",
    fixtureContent,
    "--out",
    outDir,
    "--state-file",
    stateFile,
    "--site-config",
    JSON.stringify({ itemsPerPage: 2, headlinesPerPage: 2 }),
  ];
  if (pathPrefix) args.push("--path-prefix", pathPrefix);
  const { stderr } = await promisify(execFile)(process.execPath, args, {
    cwd: root,
  });
  const read = (file: string): Promise<string> => readFile(path.join(outDir, file), "utf8");
  return {
    outDir,
    stderr,
    read,
    page: async (file) => parseDocument(await read(file)),
    htmlFiles: async () =>
      (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith(".html")).sort(),
  };
}

/** All elements with a tag name. */
export function elements(node: Document | Element, name: string): Element[] {
  return DomUtils.findAll((el) => el.name === name, node.children);
}

/** All elements carrying an attribute. */
export function withAttribute(node: Document | Element, attribute: string): Element[] {
  return DomUtils.findAll((el) => el.attribs[attribute] !== undefined, node.children);
}

/** Text content with whitespace collapsed. */
export function text(node: Document | Element): string {
  return DomUtils.textContent(node).replace(/\s+/g, " ").trim();
}

/** Every file under a folder as relative path → base64 bytes, sorted by path (compare two builds). */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) =>
    e.isFile(),
  );
  const entries = await Promise.all(
    files.map(async (e) => {
      const file = path.join(e.parentPath, e.name);
      return [path.relative(dir, file), (await readFile(file)).toString("base64")] as const;
    }),
  );
  return new Map(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}
