const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".webmanifest": "application/manifest+json",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  // Browsers compile WebAssembly by streaming only when it is served as application/wasm.
  ".wasm": "application/wasm",
  // Pagefind's own binary formats: opaque bytes that its script fetches and decodes.
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

/** Content-Type header for a file name, as a static host sends it (`application/octet-stream` when unknown). */
export function contentTypeFor(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const extension = dot === -1 ? "" : fileName.slice(dot).toLowerCase();
  return contentTypes[extension] ?? "application/octet-stream";
}

/**
 * Whether a static host compresses this content type on the way out (text formats: HTML, CSS,
 * JavaScript, JSON, XML, SVG). Fonts, images and Pagefind's files are compressed already.
 */
export function isCompressible(contentType: string): boolean {
  const type = contentType.split(";")[0]?.trim() ?? "";
  return (
    type.startsWith("text/") ||
    /^application\/(json|xml|javascript|manifest\+json|atom\+xml|feed\+json)$/.test(type) ||
    type === "image/svg+xml"
  );
}

/** Every file extension with a known content type (for host upload guides). */
export function knownContentTypes(): ReadonlyArray<readonly [string, string]> {
  return Object.entries(contentTypes);
}
