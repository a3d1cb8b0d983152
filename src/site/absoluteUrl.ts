import type { SiteConfig } from "./siteConfig.ts";

/** Turns a root-relative site path into a public absolute URL, with the base URL and path prefix. */
export function absoluteUrl(
  href: string,
  config: Pick<SiteConfig, "baseUrl" | "pathPrefix">,
): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  return `${config.baseUrl}${config.pathPrefix}${href.replace(/^\/+/, "")}`;
}
