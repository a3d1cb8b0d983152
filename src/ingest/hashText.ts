import * as crypto from "node:crypto";

// The one-shot `crypto.hash` (Node >= 20.12) skips building a Hash object: about twice as fast
// for the many small strings hashed here. Older Node 20 releases fall back to createHash.
const sha256Hex: (data: string | Uint8Array) => string =
  typeof crypto.hash === "function"
    ? (data) => crypto.hash("sha256", data, "hex")
    : (data) => crypto.createHash("sha256").update(data).digest("hex");

/** First `length` hex digits of the SHA-256 of a string's UTF-8 bytes. */
export function hashText(text: string, length = 12): string {
  return sha256Hex(text).slice(0, length);
}

/** First 32 hex digits (128 bits) of the SHA-256 of bytes: fingerprints of input and output files. */
export function hashBytes(bytes: Uint8Array): string {
  return sha256Hex(bytes).slice(0, 32);
}
