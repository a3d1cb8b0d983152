/**
 * The HTTP security headers every page of the archive is served with, by the preview server
 * and by the host configuration files (`_headers`, netlify.toml).
 */

/**
 * The page's Content-Security-Policy as the site also puts it in a `<meta http-equiv>`.
 * Kept here until src/site/contentSecurityPolicy.ts exists; the two must stay identical.
 * 'wasm-unsafe-eval' and `worker-src blob:` are what Pagefind's search needs, nothing more.
 */
export const pageContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** The CSP sent as a real header: the page policy plus `frame-ancestors`, which a meta tag cannot carry. */
export const headerContentSecurityPolicy = `${pageContentSecurityPolicy}; frame-ancestors 'none'`;

/**
 * Powerful features the archive never uses. Only names Chromium recognises are listed,
 * because an unknown name makes the browser log an error on every page.
 */
const deniedFeatures = [
  "accelerometer",
  "camera",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "usb",
];

/** `Permissions-Policy` value denying every feature in `deniedFeatures` to all origins. */
export const permissionsPolicy = deniedFeatures.map((feature) => `${feature}=()`).join(", ");

/** Header name → value for every response of the site, in a stable order. */
export function securityHeaders(): Record<string, string> {
  return {
    "Content-Security-Policy": headerContentSecurityPolicy,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": permissionsPolicy,
    // Older browsers ignore frame-ancestors; this says the same thing to them.
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
}
