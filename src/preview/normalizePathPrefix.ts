// One rule for the prefix everywhere: the site config's (the preview, checks and host files compare URLs with it).
export { normalizePathPrefix } from "../site/siteConfig.ts";
