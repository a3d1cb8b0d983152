import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

/** The outcome of decoding one raw page: its text and encoding, or why it cannot be read. */
export type DecodedPage =
  | { ok: true; text: string; encoding: PageEncoding; warning?: string }
  | { ok: false; reason: string };

/** How a page was encoded, as detected. */
export type PageEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1256";

// Control characters other than tab, LF, FF and CR never occur in a scraped text page.
const MAX_CONTROL_RATIO = 0.01;
// Invalid sequences per valid non-ASCII character still read as damaged UTF-8. Windows-1256
// Arabic read as UTF-8 is nearly all invalid (a letter byte is never followed by a continuation
// byte), so one bad character in twenty still tells damaged UTF-8 from it; a single bad sequence
// such as an encoded surrogate (three U+FFFD) in a short page stays well inside.
const MAX_INVALID_UTF8_RATIO = 0.05;
// Sniffing the head is enough to tell binary from text without scanning a 5 MB page twice.
const SNIFF_BYTES = 64 * 1024;

/** Decodes a page's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1256. */
export function decodePageBytes(bytes: Uint8Array): DecodedPage {
  if (bytes.length === 0) return { ok: false, reason: "empty file (0 bytes)" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict(bytes.subarray(2), "utf-16be");
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeStrict(bytes.subarray(3), "utf-8-bom");
  }
  const binary = describeBinary(bytes);
  if (binary) return { ok: false, reason: binary };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  // isUtf8 is a native validity check, several times faster than a fatal TextDecoder.
  if (isUtf8(bytes)) return { ok: true, text: buffer.toString("utf8"), encoding: "utf-8" };
  // A UTF-8 page with a few stray bytes (a truncated scrape) must not be read as Windows-1256,
  // which would garble all of it: keep UTF-8 when nearly every multi-byte sequence is valid.
  const lenient = buffer.toString("utf8");
  const invalid = countReplacements(lenient);
  const valid = countNonAscii(lenient) - invalid;
  if (valid > 0 && invalid <= Math.max(2, valid * MAX_INVALID_UTF8_RATIO)) {
    return {
      ok: true,
      text: lenient,
      encoding: "utf-8",
      warning: `${invalid} invalid UTF-8 byte sequence(s) replaced by U+FFFD`,
    };
  }
  // Not UTF-8: Arabic pages of that era were often saved in the Windows Arabic code page,
  // which assigns a character to every byte, so it is the only fallback worth trying.
  return {
    ok: true,
    text: iconv.decode(Buffer.from(bytes), "windows-1256"),
    encoding: "windows-1256",
  };
}

function decodeStrict(bytes: Uint8Array, encoding: PageEncoding): DecodedPage {
  const label = encoding === "utf-8-bom" ? "utf-8" : encoding;
  if ((label === "utf-16le" || label === "utf-16be") && bytes.length % 2 === 1) {
    return {
      ok: false,
      reason: `undecodable bytes: ${label.toUpperCase()} BOM but an odd number of bytes`,
    };
  }
  try {
    const text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
    if (encoding !== "utf-8" && text.includes("\u0000")) {
      return { ok: false, reason: `binary data: NUL characters in ${label.toUpperCase()} text` };
    }
    return { ok: true, text, encoding };
  } catch {
    const bom = encoding === "utf-8-bom" ? "UTF-8" : label.toUpperCase();
    return {
      ok: false,
      reason: `undecodable bytes: ${bom} byte-order mark but invalid ${bom} content`,
    };
  }
}

/** Says why bytes look binary (NUL bytes, many control characters), or undefined for text. */
function describeBinary(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES));
  const nul = head.indexOf(0);
  if (nul >= 0) {
    const hint = looksLikeUtf16(head) ? " (looks like UTF-16 without a byte-order mark)" : "";
    return `binary data: NUL byte at offset ${nul}${hint}`;
  }
  // Latin-1 maps each byte to one character natively; a regex then finds stray control
  // characters far faster than a byte loop, and clean pages (nearly all) stop at the test.
  const chars = head.toString("latin1");
  if (!CONTROL_CHAR.test(chars)) return undefined;
  const controls = chars.match(CONTROL_CHARS)?.length ?? 0;
  if (controls / head.length > MAX_CONTROL_RATIO) {
    return `binary data: ${controls} control bytes in the first ${head.length} bytes`;
  }
  return undefined;
}

// Control characters other than tab, LF, FF and CR.
// eslint-disable-next-line no-control-regex
const CONTROL_CHAR = /[\x01-\x08\x0b\x0e-\x1f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\x01-\x08\x0b\x0e-\x1f]/g;

function countReplacements(text: string): number {
  let count = 0;
  for (let at = text.indexOf("\ufffd"); at >= 0; at = text.indexOf("\ufffd", at + 1)) count++;
  return count;
}

function countNonAscii(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) count++;
  return count;
}

/** True when NUL bytes sit almost only at even or only at odd offsets, as in UTF-16 text. */
function looksLikeUtf16(head: Buffer): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const total = even + odd;
  return total >= 4 && Math.max(even, odd) >= 0.95 * total;
}
