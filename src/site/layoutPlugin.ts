import type { EleventyConfig } from "./eleventyConfig.ts";
import type { Crumb } from "./breadcrumbs.ts";
import { breadcrumbView } from "./views/breadcrumbView.ts";
import { pager } from "./views/pager.ts";
import { prevNext, type NeighbourLink } from "./views/prevNext.ts";
import {
  pageBodyEnd,
  pageBodyStart,
  pageEnd,
  pageHead,
  type LayoutGlobals,
  type PageMeta,
} from "./views/pageLayout.ts";

/**
 * The page shell and shared pieces as Nunjucks tags, so that `layouts/base.njk` and the
 * JavaScript templates write them from one source (src/site/views/).
 */
export function layoutPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addShortcode(
    "pageHead",
    (globals: LayoutGlobals, meta: PageMeta) => pageHead(globals, meta).markup,
  );
  eleventyConfig.addShortcode(
    "pageBodyStart",
    (globals: LayoutGlobals, meta: PageMeta) => pageBodyStart(globals, meta).markup,
  );
  eleventyConfig.addShortcode(
    "pageBodyEnd",
    (globals: LayoutGlobals) => pageBodyEnd(globals).markup,
  );
  eleventyConfig.addShortcode("pageEnd", () => pageEnd.markup);
  eleventyConfig.addShortcode(
    "breadcrumb",
    (crumbs: readonly Crumb[]) => breadcrumbView(crumbs).markup,
  );
  eleventyConfig.addShortcode("pager", (view: Parameters<typeof pager>[0]) => pager(view).markup);
  eleventyConfig.addShortcode(
    "prevNext",
    (
      neighbours: { previous: NeighbourLink | undefined; next: NeighbourLink | undefined },
      kind: string,
      where: string,
    ) => prevNext(neighbours, kind, where).markup,
  );
}
