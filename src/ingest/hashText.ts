import * as crypto from "node:crypto";

// The one-shot `crypto.hash` (Node >= 20.12) skips building a Hash object: about twice as fast
// for the many small strings hashed here. Older Node 20 releases fall back to createHash.
function hexDigest(algorithm: "sha1" | "sha256"): (data: string | Uint8Array) => string {
  return typeof crypto.hash === "function"
    ? (data) => crypto.hash(algorithm, data, "hex")
    : (data) => crypto.createHash(algorithm).update(data).digest("hex");
}
const sha256Hex = hexDigest("sha256");
const sha1Digest = hexDigest("sha1");

/**
 * The SHA-1 of a string's UTF-8 bytes (or of bytes), in hex: the build's page signatures and
 * output records, hashed by the hundred thousand.
 */
export function sha1Hex(data: string | Uint8Array): string {
  return sha1Digest(data);
}

/** First `length` hex digits of the SHA-256 of a string's UTF-8 bytes. */
export function hashText(text: string, length = 12): string {
  return sha256Hex(text).slice(0, length);
}

/** First 32 hex digits (128 bits) of the SHA-256 of bytes: fingerprints of input and output files. */
export function hashBytes(bytes: Uint8Array): string {
  return sha256Hex(bytes).slice(0, 32);
}
