import type { StoryLabel } from "../corpus/storyDesk.ts";

/** Recall over one kind of true pair. */
export interface KindRecall {
  truePairs: number;
  foundPairs: number;
  recall: number;
}

/**
 * Recall split by what the corpus generator made of a pair: `copies` (the original and its
 * syndicated near-copies, or two copies) and `rewrites` (a pair with an independent write-up,
 * which by construction shares only the story's names with the others). `truth` maps an
 * article key to its label; `predicted` maps the same keys to predicted stories.
 */
export function recallByVersion(
  predicted: ReadonlyMap<string, string>,
  truth: ReadonlyMap<string, StoryLabel>,
): { copies: KindRecall; rewrites: KindRecall } {
  const stories = new Map<string, { key: string; version: StoryLabel["version"] }[]>();
  for (const [key, label] of truth) {
    if (!predicted.has(key)) continue;
    const members = stories.get(label.storyId) ?? [];
    members.push({ key, version: label.version });
    stories.set(label.storyId, members);
  }
  const copies = { truePairs: 0, foundPairs: 0 };
  const rewrites = { truePairs: 0, foundPairs: 0 };
  for (const members of stories.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i] as (typeof members)[number];
        const b = members[j] as (typeof members)[number];
        const kind = a.version === "rewrite" || b.version === "rewrite" ? rewrites : copies;
        kind.truePairs++;
        if (predicted.get(a.key) === predicted.get(b.key)) kind.foundPairs++;
      }
    }
  }
  const withRecall = (k: typeof copies): KindRecall => ({
    ...k,
    recall: k.truePairs === 0 ? 1 : k.foundPairs / k.truePairs,
  });
  return { copies: withRecall(copies), rewrites: withRecall(rewrites) };
}
