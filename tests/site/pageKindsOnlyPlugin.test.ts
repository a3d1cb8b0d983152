// A render process past the first, or a part of a split build, must leave out every template that
// is not one of its page kinds, whatever engine renders it (Nunjucks or a `.11ty.ts` function).
import { describe, expect, it } from "vitest";
import type { EleventyConfig } from "../../src/site/eleventyConfig.ts";
import { pageKindsOnlyPlugin, type PageKindsOnly } from "../../src/site/pageKindsOnlyPlugin.ts";

type Preprocessor = Parameters<EleventyConfig["addPreprocessor"]>;

/** Whether Eleventy 3 keeps `inputPath` under the plugin's preprocessor (its extension rule too). */
function keeps(only: PageKindsOnly, inputPath: string): boolean {
  const registered: Preprocessor[] = [];
  const config = {
    addPreprocessor: (...args: Preprocessor) => registered.push(args),
  } as unknown as EleventyConfig;
  pageKindsOnlyPlugin(config, only);
  return registered.every(([, extensions, callback]) => {
    // Eleventy runs a preprocessor on a template only if its path ends in one of the extensions.
    const applies = extensions
      .split(",")
      .some((ext) => ext === "*" || inputPath.endsWith(ext.startsWith(".") ? ext : `.${ext}`));
    return !applies || callback({ page: { inputPath } }, "") !== false;
  });
}

describe("pageKindsOnlyPlugin", () => {
  it("keeps the split kinds' templates of both engines in a split-kinds run", () => {
    expect(keeps("split kinds", "./templates/article.11ty.ts")).toBe(true);
    expect(keeps("split kinds", "./templates/archiveDay.11ty.ts")).toBe(true);
  });

  it("leaves out one-off pages and first-only kinds in a split-kinds run, of any engine", () => {
    expect(keeps("split kinds", "./templates/about.njk")).toBe(false);
    expect(keeps("split kinds", "./templates/archiveYear.njk")).toBe(false);
    expect(keeps("split kinds", "./templates/feed.11ty.ts")).toBe(false);
    expect(keeps("split kinds", "./templates/colophon.11ty.js")).toBe(false);
  });

  it("keeps every page kind but no one-off page when every kind is asked for", () => {
    expect(keeps("every kind", "./templates/archiveYear.njk")).toBe(true);
    expect(keeps("every kind", "./templates/article.11ty.ts")).toBe(true);
    expect(keeps("every kind", "./templates/search.njk")).toBe(false);
    expect(keeps("every kind", "./templates/feed.11ty.ts")).toBe(false);
  });
});
