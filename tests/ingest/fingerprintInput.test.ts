import { describe, expect, it } from "vitest";
import { fingerprintInput } from "../../src/ingest/fingerprintInput.ts";

describe("fingerprintInput", () => {
  it("turns a file that vanished into a reason instead of an exception", () => {
    expect(fingerprintInput("/nonexistent/raw/page.txt", undefined, () => true)).toEqual({
      unreadable: "cannot read the file (ENOENT)",
    });
  });
});
