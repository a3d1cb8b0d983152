/**
 * The site's Content-Security-Policy directives. The pages ship no inline script or style, so
 * nothing here needs 'unsafe-inline'; Pagefind needs 'wasm-unsafe-eval'. The search page runs
 * Pagefind with `noWorker` (searchPage.client.ts), so no blob: worker is allowed.
 */
export const contentSecurityPolicyDirectives: Readonly<Record<string, string>> = {
  "default-src": "'self'",
  "script-src": "'self' 'wasm-unsafe-eval'",
  "style-src": "'self'",
  "img-src": "'self' data:",
  "font-src": "'self'",
  "connect-src": "'self'",
  "worker-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'self'",
  "form-action": "'self'",
};

/** Directives a `<meta http-equiv>` policy ignores; hosts send them as a header. */
export const headerOnlyDirectives: Readonly<Record<string, string>> = {
  "frame-ancestors": "'none'",
};

/** Joins directives into one policy string (`a b; c d`). */
export function formatContentSecurityPolicy(directives: Readonly<Record<string, string>>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

/** The policy for `<meta http-equiv="Content-Security-Policy">` in every page. */
export const metaContentSecurityPolicy = formatContentSecurityPolicy(
  contentSecurityPolicyDirectives,
);

/** The policy for an HTTP header (adds what a meta tag cannot carry, such as frame-ancestors). */
export const headerContentSecurityPolicy = formatContentSecurityPolicy({
  ...contentSecurityPolicyDirectives,
  ...headerOnlyDirectives,
});
