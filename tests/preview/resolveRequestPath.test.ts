import { describe, expect, it } from "vitest";
import { resolveRequestPath } from "../../src/preview/resolveRequestPath.ts";

describe("resolveRequestPath", () => {
  it("decodes percent-encoded Arabic segments below the prefix", () => {
    expect(resolveRequestPath("/x/articles/%D8%B9%D8%B1%D8%A8%D9%8A/", "/x/")).toEqual({
      kind: "site",
      relativePath: "articles/عربي",
      endsWithSlash: true,
    });
  });

  it("treats a prefix given without slashes like the slashed form", () => {
    expect(resolveRequestPath("/x/a.css", "x")).toEqual({
      kind: "site",
      relativePath: "a.css",
      endsWithSlash: false,
    });
    expect(resolveRequestPath("/x", "x")).toEqual({ kind: "prefix-without-slash" });
  });

  it("refuses .. whether written plainly, percent-encoded or with an encoded separator", () => {
    for (const path of ["/x/../a", "/x/%2e%2e/a", "/x/%2E%2E%2Fa", "/x/a/..%5Cb"]) {
      expect(resolveRequestPath(path, "/x/").kind).toBe("rejected");
    }
  });

  it("refuses malformed percent-encoding instead of throwing", () => {
    expect(resolveRequestPath("/x/%E0%A4%A", "/x/")).toMatchObject({ kind: "rejected" });
  });

  it("puts a path that does not start with the prefix outside it", () => {
    expect(resolveRequestPath("/xy/", "/x/")).toEqual({ kind: "outside-prefix" });
    expect(resolveRequestPath("/", "/x/")).toEqual({ kind: "outside-prefix" });
  });

  it("matches an Arabic prefix however the browser percent-encodes it", () => {
    for (const encoded of [encodeURI("/أرشيف/"), encodeURI("/أرشيف/").toLowerCase()]) {
      expect(resolveRequestPath(`${encoded}articles/`, "/أرشيف/")).toEqual({
        kind: "site",
        relativePath: "articles",
        endsWithSlash: true,
      });
      expect(resolveRequestPath(encoded.slice(0, -1), "/أرشيف/")).toEqual({
        kind: "prefix-without-slash",
      });
    }
    expect(resolveRequestPath(encodeURI("/أرشيفات/"), "/أرشيف/")).toEqual({
      kind: "outside-prefix",
    });
  });
});
