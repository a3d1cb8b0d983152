import { Parser } from "htmlparser2";

/** One URL found in a page, with where it was found. */
export interface PageLink {
  /** The URL exactly as written (entities decoded). */
  url: string;
  /** `a[href]`, `img[srcset]`, … */
  source: string;
  /** 1-based line of the element's start tag. */
  line: number;
  /** The element's `rel` attribute (links to other sites must say nofollow noopener noreferrer). */
  rel?: string;
}

/** The URLs of a page that a browser would request or navigate to, plus its `<base href>` and ids. */
export interface PageLinks {
  links: PageLink[];
  baseHref: string | undefined;
  /** Every `id` in the page, for checking same-page `#fragment` links. */
  ids: Set<string>;
}

// Attributes that hold one URL, per element; `*` applies to every element.
const urlAttributes: Record<string, readonly string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src"],
  iframe: ["src"],
  source: ["src"],
  track: ["src"],
  audio: ["src"],
  video: ["src", "poster"],
  embed: ["src"],
  object: ["data"],
  form: ["action"],
  button: ["formaction"],
  input: ["src", "formaction"],
};
const srcsetElements = new Set(["img", "source"]);

/** Collects every URL attribute (href, src, srcset, action, …) of an HTML page, with line numbers. */
export function extractPageLinks(html: string): PageLinks {
  const links: PageLink[] = [];
  const ids = new Set<string>();
  let baseHref: string | undefined;
  const lineStarts = lineStartOffsets(html);
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const line = lineAt(lineStarts, parser.startIndex);
        if (attributes.id !== undefined) ids.add(attributes.id);
        if (name === "base" && attributes.href !== undefined && baseHref === undefined)
          baseHref = attributes.href;
        for (const attribute of urlAttributes[name] ?? []) {
          const value = attributes[attribute];
          if (value === undefined) continue;
          const link: PageLink = { url: value.trim(), source: `${name}[${attribute}]`, line };
          if (attributes.rel !== undefined) link.rel = attributes.rel;
          links.push(link);
        }
        if (srcsetElements.has(name) && attributes.srcset !== undefined) {
          for (const url of parseSrcset(attributes.srcset))
            links.push({ url, source: `${name}[srcset]`, line });
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { links, baseHref, ids };
}

/** The URLs of a `srcset` value (`a.png 1x, b.png 2x` → `a.png`, `b.png`). */
export function parseSrcset(srcset: string): string[] {
  // Candidates are separated by commas followed by whitespace; a URL itself may contain a comma.
  return srcset
    .split(/,\s+|,$/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter((url) => url !== "");
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1))
    starts.push(index + 1);
  return starts;
}

function lineAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
