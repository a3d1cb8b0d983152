import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sha1Hex } from "../../src/ingest/hashText.ts";

describe("sha1Hex", () => {
  it("gives the SHA-1 of an Arabic signature exactly as hashing its two parts in turn did, so old build states stay valid", () => {
    const fingerprint = "5f54032918c6a1b2";
    const signature = JSON.stringify(["a1b2c3d4e5f6", "الحياة", { previous: null, story: "قصة" }]);
    expect(sha1Hex(fingerprint + signature)).toBe(
      createHash("sha1").update(fingerprint).update(signature).digest("hex"),
    );
    expect(sha1Hex(Buffer.from("<!doctype html>"))).toBe(
      createHash("sha1").update("<!doctype html>").digest("hex"),
    );
  });
});
