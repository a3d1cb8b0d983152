import { createHash } from "node:crypto";

/** First `length` hex digits of the SHA-256 of a string's UTF-8 bytes. */
export function hashText(text: string, length = 12): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, length);
}

/** Full hex SHA-256 of bytes, used to fingerprint input and output files. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
