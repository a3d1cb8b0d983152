import { describe, expect, it } from "vitest";
import {
  findRelatedArticles,
  type RelatedCandidate,
  type RelatedSettings,
} from "../../src/stories/findRelatedArticles.ts";
import { findRelatedInThreads } from "../../src/stories/findRelatedInThreads.ts";
import { termProfile } from "../../src/stories/termProfile.ts";

const settings: RelatedSettings = {
  limit: 5,
  termsPerArticle: 16,
  maxDocumentShare: 0.25,
  maxDocumentFrequency: 1000,
  minScore: 0.05,
};

/** A deterministic archive: terms drawn from a small vocabulary, so many articles share terms and scores tie. */
function archive(size: number, seed: number): RelatedCandidate[] {
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % n;
  };
  return Array.from({ length: size }, (_, i) => {
    const hashes = Array.from({ length: 6 + next(30) }, () => 1 + next(400));
    // Ids in another order than the input's (7919 is prime to the sizes used), so ties test ids.
    const id = (0x100000000000 + ((i * 7919) % size)).toString(16).slice(-12);
    return {
      id,
      storyId: i % 17 === 0 ? "shared000000" : id,
      ...termProfile(Uint32Array.from(hashes)),
    };
  }).map((article, i, all) =>
    // Every fifth article repeats the previous one's terms: equal scores, decided by id.
    i % 5 === 4 ? { ...article, terms: all[i - 1]!.terms, counts: all[i - 1]!.counts } : article,
  );
}

/** The documented ranking written plainly: every pair scored, every candidate sorted. */
function rankPlainly(
  articles: readonly RelatedCandidate[],
  s: RelatedSettings,
): Map<string, string[]> {
  const df = new Map<number, number>();
  for (const { terms } of articles) for (const term of terms) df.set(term, (df.get(term) ?? 0) + 1);
  const maxFrequency = Math.max(
    2,
    Math.min(s.maxDocumentFrequency, Math.floor(articles.length * s.maxDocumentShare)),
  );
  const vectors = articles.map((article) => {
    const scored: { term: number; weight: number }[] = [];
    article.terms.forEach((term, i) => {
      const n = df.get(term) ?? 0;
      if (n < 2 || n > maxFrequency) return;
      scored.push({
        term,
        weight: (1 + Math.log(article.counts[i] ?? 1)) * Math.log(10_000_000 / n),
      });
    });
    scored.sort((a, b) => b.weight - a.weight || a.term - b.term);
    const top = scored.slice(0, s.termsPerArticle);
    const norm = Math.sqrt(top.reduce((sum, t) => sum + t.weight * t.weight, 0)) || 1;
    return top.map((t) => ({ term: t.term, weight: t.weight / norm }));
  });
  const related = new Map<string, string[]>();
  articles.forEach((article, a) => {
    const candidates: { id: string; score: number }[] = [];
    articles.forEach((other, b) => {
      if (a === b || other.storyId === article.storyId) return;
      const weights = new Map(vectors[b]!.map((t) => [t.term, t.weight]));
      let score = 0;
      let shared = false;
      for (const { term, weight } of vectors[a]!) {
        const theirs = weights.get(term);
        if (theirs === undefined) continue;
        shared = true;
        score += weight * theirs;
      }
      if (shared && score >= s.minScore) candidates.push({ id: other.id, score });
    });
    candidates.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
    related.set(
      article.id,
      candidates.slice(0, s.limit).map((c) => c.id),
    );
  });
  return related;
}

describe("findRelatedArticles", () => {
  it("ranks exactly as scoring every pair and sorting every candidate would, ties to the smaller id", () => {
    const articles = archive(400, 7);
    const expected = rankPlainly(articles, settings);
    const related = findRelatedArticles(articles, settings);
    expect(related).toEqual(expected);
    // The fixture does exercise ties and full lists.
    expect(
      [...related.values()].filter((list) => list.length === settings.limit).length,
    ).toBeGreaterThan(300);
  });

  it("keeps the limit however many candidates tie, and lists nothing with a limit of 0", () => {
    const articles = archive(120, 3);
    for (const limit of [0, 1, 3]) {
      const s = { ...settings, limit };
      expect(findRelatedArticles(articles, s)).toEqual(rankPlainly(articles, s));
    }
  });

  it("never lists an article of the same story", () => {
    const articles = archive(200, 11);
    const storyOf = new Map(articles.map((a) => [a.id, a.storyId]));
    for (const [id, list] of findRelatedArticles(articles, settings))
      for (const other of list)
        expect(storyOf.get(other), `${id} → ${other}`).not.toBe(storyOf.get(id));
  });

  it("ranks the same lists when worker threads share the articles", async () => {
    const articles = archive(400, 7);
    const threaded = await findRelatedInThreads(articles, settings, 3, 50);
    expect(threaded).toEqual(rankPlainly(articles, settings));
  });
});
