/**
 * The static hosts' configuration files in a built site (Netlify, Cloudflare Pages): the host
 * reads them and serves neither, so the preview answers 404 for them too.
 */
export const HOST_FILES: readonly string[] = ["_headers", "_redirects"];
