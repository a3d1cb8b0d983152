/**
 * The HTTP security headers every page of the archive is served with, by the preview server
 * and by the host configuration files (`_headers`, netlify.toml).
 */
import { headerContentSecurityPolicy } from "../site/contentSecurityPolicy.ts";

// The CSP is defined once, by the site (it also goes into every page's <meta http-equiv>); the
// header form adds frame-ancestors 'none', which a meta tag cannot carry.
export {
  headerContentSecurityPolicy,
  metaContentSecurityPolicy,
} from "../site/contentSecurityPolicy.ts";

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
