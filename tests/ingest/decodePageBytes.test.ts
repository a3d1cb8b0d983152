import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodePageBytes } from "../../src/ingest/decodePageBytes.ts";
import { normalizePageText } from "../../src/ingest/normalizePageText.ts";

const TEXT = "نشر في الحياة يوم 06 - 10 - 2017\nانقر هنا";

function decodedText(bytes: Uint8Array): string {
  const result = decodePageBytes(bytes);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

describe("decodePageBytes", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decodePageBytes(Buffer.from(TEXT))).toEqual({ ok: true, text: TEXT, encoding: "utf-8" });
  });

  it("reads UTF-8 with a BOM and drops the BOM", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);
    expect(decodePageBytes(bytes)).toEqual({ ok: true, text: TEXT, encoding: "utf-8-bom" });
  });

  it("reads UTF-16 little-endian and big-endian pages that start with a BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, "utf16le").swap16()]);
    expect(decodedText(le)).toBe(TEXT);
    expect(decodedText(be)).toBe(TEXT);
  });

  it("falls back to Windows-1256 when the bytes are not valid UTF-8", () => {
    const result = decodePageBytes(iconv.encode(TEXT, "windows-1256"));
    expect(result).toEqual({ ok: true, text: TEXT, encoding: "windows-1256" });
  });

  it("rejects an empty file", () => {
    expect(decodePageBytes(new Uint8Array())).toEqual({
      ok: false,
      reason: "empty file (0 bytes)",
    });
  });

  it("rejects bytes holding NUL as binary data", () => {
    expect(decodePageBytes(Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01]))).toEqual({
      ok: false,
      reason: "binary data: NUL byte at offset 3",
    });
  });

  it("rejects bytes full of control characters as binary data", () => {
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    const result = decodePageBytes(bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^binary data: 67 control bytes/);
  });

  it("rejects a UTF-8 BOM followed by invalid UTF-8 as undecodable", () => {
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28]);
    expect(decodePageBytes(bytes)).toEqual({
      ok: false,
      reason: "undecodable bytes: UTF-8 byte-order mark but invalid UTF-8 content",
    });
  });

  it("rejects a UTF-16 BOM with an odd number of bytes or a lone surrogate as undecodable", () => {
    expect(decodePageBytes(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]))).toMatchObject({
      ok: false,
    });
    const lone = decodePageBytes(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]));
    expect(lone).toEqual({
      ok: false,
      reason: "undecodable bytes: UTF-16LE byte-order mark but invalid UTF-16LE content",
    });
  });
});

describe("normalizePageText", () => {
  it("turns CRLF and lone CR into LF, strips a BOM and composes to NFC", () => {
    // أ written as alef + hamza above (decomposed) must compose to U+0623.
    expect(normalizePageText("\ufeffا\u0654\r\nب\rج\n")).toBe("أ\nب\nج\n");
  });
});

describe("decodePageBytes on damaged or ambiguous bytes", () => {
  it("keeps a UTF-8 page with one stray byte as UTF-8 and says so, instead of garbling it", () => {
    const bytes = Buffer.concat([
      Buffer.from("نشر في الحياة يوم 06 - 10 - 2017 "),
      Buffer.from([0xff]),
      Buffer.from(" انقر هنا"),
    ]);
    expect(decodePageBytes(bytes)).toEqual({
      ok: true,
      text: "نشر في الحياة يوم 06 - 10 - 2017 \ufffd انقر هنا",
      encoding: "utf-8",
      warning: "1 invalid UTF-8 byte sequence(s) replaced by U+FFFD",
    });
  });

  it("keeps a short UTF-8 page with an encoded surrogate (three bad bytes) as UTF-8", () => {
    const sentence =
      "نشر في الحياة يوم 06 - 10 - 2017 وقال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا. ";
    const bytes = Buffer.concat([
      Buffer.from(sentence.repeat(4)),
      Buffer.from([0xed, 0xa0, 0x80]),
      Buffer.from(sentence),
    ]);
    const result = decodePageBytes(bytes);
    expect(result).toMatchObject({ ok: true, encoding: "utf-8" });
    expect(result.ok && result.text.startsWith(sentence)).toBe(true);
  });

  it("still reads a whole Arabic Windows-1256 page as Windows-1256", () => {
    const page = `${TEXT}\n${"وقال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا في العاصمة. ".repeat(40)}`;
    expect(decodePageBytes(iconv.encode(page, "windows-1256"))).toEqual({
      ok: true,
      text: page,
      encoding: "windows-1256",
    });
  });

  it("reads a French Windows page with a few accented letters as Windows-1256, not as damaged UTF-8", () => {
    const result = decodePageBytes(
      iconv.encode("Publié dans El Watan le 28 - 10 - 2019", "windows-1256"),
    );
    expect(result).toEqual({
      ok: true,
      text: "Publié dans El Watan le 28 - 10 - 2019",
      encoding: "windows-1256",
    });
  });

  it("hints at UTF-16 without a byte-order mark when rejecting NUL bytes", () => {
    // Three Arabic letters take bytes 0-5, the space is 0x20 0x00: the first NUL is byte 7.
    const result = decodePageBytes(Buffer.from("نشر في الحياة abc def", "utf16le"));
    expect(result).toEqual({
      ok: false,
      reason: "binary data: NUL byte at offset 7 (looks like UTF-16 without a byte-order mark)",
    });
  });
});
