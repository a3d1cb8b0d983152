import { createHash } from "node:crypto";

/** First `length` hex digits of the SHA-256 of a string's UTF-8 bytes. */
export function hashText(text: string, length = 12): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, length);
}

/** First 32 hex digits (128 bits) of the SHA-256 of bytes: fingerprints of input and output files. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 32);
}
