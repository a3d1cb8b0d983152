import { describe, expect, it } from "vitest";
import { isUrlPathPrefix, normalizePathPrefix, siteConfig } from "../../src/site/siteConfig.ts";
import { siteConfigSchema } from "../../src/site/siteConfigSchema.ts";

describe("isUrlPathPrefix", () => {
  it.each([
    [""],
    ["/"],
    ["archive"],
    ["/archive/"],
    ["/news-archive/"],
    ["/a/b.c/d_e~f/"],
    [" /archive "],
  ])("accepts %j", (prefix) => {
    expect(isUrlPathPrefix(prefix)).toBe(true);
    expect(isUrlPathPrefix(normalizePathPrefix(prefix))).toBe(true);
  });

  it.each([
    ["/my archive/"],
    // Unescaped, it would be an invalid sitemap URL; the archive's own URLs are ASCII too.
    ["/أرشيف/"],
    ['/a"b/'],
    ["/a'b/"],
    ["/a<b>/"],
    ["/a%20b/"],
    ["/a?b/"],
    ["/a#b/"],
    ["/a\\b/"],
    ["/a\u0000b/"],
    ["/a\u202eb/"],
    ["/../"],
    ["/./"],
    ["/a/../b/"],
    ["/a//b/"],
  ])("refuses %j", (prefix) => {
    expect(isUrlPathPrefix(prefix)).toBe(false);
  });

  it("is checked by the site config schema too (render jobs, --site-config)", () => {
    expect(siteConfigSchema.safeParse(siteConfig).success).toBe(true);
    expect(siteConfigSchema.safeParse({ ...siteConfig, pathPrefix: "/x/" }).success).toBe(true);
    expect(siteConfigSchema.safeParse({ ...siteConfig, pathPrefix: "/x y/" }).success).toBe(false);
  });
});
