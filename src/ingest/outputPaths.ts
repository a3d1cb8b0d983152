import type { ArticleFrontMatter } from "../archive/articleFrontMatter.ts";

// Bidi controls (LRE…RLO, LRI…PDI, LRM/RLM) can make a path display as something it is not.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/;
const MAX_PATH_LENGTH = 240;
const MAX_SEGMENT_LENGTH = 120;

/** Content-relative Markdown path of an article: `articles/YYYY/MM/<id>.md` or `articles/undated/<id>.md`. */
export function articleOutputPath(frontMatter: Pick<ArticleFrontMatter, "id" | "date">): string {
  const date = frontMatter.date;
  const folder = date ? `${date.slice(0, 4)}/${date.slice(5, 7)}` : "undated";
  return assertSafeOutputPath(`articles/${folder}/${frontMatter.id}.md`);
}

/** Content-relative Markdown path of a ticker headline: `headlines/<first two hex>/<key>.md`. */
export function headlineOutputPath(key: string): string {
  return assertSafeOutputPath(`headlines/${key.slice(0, 2)}/${key}.md`);
}

/** Returns the path when it is relative, bounded, free of `..` and bidi controls; throws otherwise. */
export function assertSafeOutputPath(path: string): string {
  const problem = outputPathProblem(path);
  if (problem) throw new Error(`unsafe output path ${JSON.stringify(path)}: ${problem}`);
  return path;
}

/** Says what makes a content-relative output path unsafe, or undefined when it is safe. */
export function outputPathProblem(path: string): string | undefined {
  if (path === "" || path.length > MAX_PATH_LENGTH) return "empty or too long";
  if (path.startsWith("/") || path.includes("\\") || /^[a-zA-Z]:/.test(path))
    return "not a relative POSIX path";
  if (BIDI_CONTROLS.test(path)) return "contains a bidi control character";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return "contains a control character";
  for (const segment of path.split("/")) {
    if (segment === "" || segment === "." || segment === "..")
      return "has an empty, . or .. segment";
    if (segment.length > MAX_SEGMENT_LENGTH) return "has a segment that is too long";
  }
  return undefined;
}
