import { metaContentSecurityPolicy } from "./contentSecurityPolicy.ts";
import type { EleventyConfig } from "./eleventyConfig.ts";
import type { SiteConfig } from "./siteConfig.ts";

/** A header navigation entry. */
export interface NavItem {
  href: string;
  label: string;
}

/** The header navigation, in reading order. */
export const navigation: readonly NavItem[] = [
  { href: "/", label: "الرئيسية" },
  { href: "/archive/", label: "الأرشيف" },
  { href: "/newspapers/", label: "الصحف" },
  { href: "/articles/", label: "كل المقالات" },
  { href: "/headlines/", label: "العناوين" },
  { href: "/about/", label: "حول" },
];

/** The global `site` data: the site config with the navigation and the page CSP. */
export interface SiteData extends SiteConfig {
  navigation: readonly NavItem[];
  contentSecurityPolicy: string;
}

/** Exposes the site config, navigation and CSP as the global `site` data. */
export function siteDataPlugin(
  eleventyConfig: EleventyConfig,
  options: { config: SiteConfig },
): void {
  const { config } = options;
  // Frozen, so that Eleventy shares it with every page instead of copying it into each template's
  // data and wrapping it in a Proxy on every lookup (see archiveDataPlugin).
  const site: SiteData = Object.freeze({
    ...config,
    navigation,
    contentSecurityPolicy: metaContentSecurityPolicy,
  });
  eleventyConfig.addGlobalData("site", site);
  // Every page is rendered from data; no template belongs in `collections.all`.
  eleventyConfig.addGlobalData("eleventyExcludeFromCollections", true);
}
