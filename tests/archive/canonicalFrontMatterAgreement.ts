import { isDeepStrictEqual } from "node:util";
import { readCanonicalFrontMatter } from "../../src/archive/readCanonicalFrontMatter.ts";
import { readYamlFrontMatter } from "../../src/archive/readFrontMatter.ts";

/** What the hand reader did with a block, next to what `yaml` made of it. */
export type Agreement =
  | { outcome: "declined" }
  | { outcome: "read"; agrees: true }
  | { outcome: "read"; agrees: false; fast: unknown; yaml: unknown };

/** Runs both readers on one front-matter block: the hand reader may decline, never disagree. */
export function compareWithYaml(matter: string): Agreement {
  const fast = readCanonicalFrontMatter(matter);
  if (fast === undefined) return { outcome: "declined" };
  const yaml = readYamlFrontMatter(matter);
  const expected = { ok: true, data: fast };
  // Strict deep equality (types, prototypes: an own `constructor` field is data), and the same
  // key order, which the cache and every later JSON step keep.
  const agrees =
    isDeepStrictEqual(yaml, expected) && JSON.stringify(yaml) === JSON.stringify(expected);
  return agrees ? { outcome: "read", agrees } : { outcome: "read", agrees, fast, yaml };
}
