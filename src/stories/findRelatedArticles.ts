import { TermTable } from "./termTable.ts";
import type { TermProfile } from "./termProfile.ts";

/** What related-article ranking needs of an article. */
export interface RelatedCandidate extends TermProfile {
  id: string;
  storyId: string;
}

/** How related articles are chosen. */
export interface RelatedSettings {
  /** Related articles per article, at most. @example 5 */
  limit: number;
  /** Distinctive terms kept per article (its highest TF-IDF weights). @example 16 */
  termsPerArticle: number;
  /** Terms in more than this share of articles are ignored (idf near 0, long postings). @example 0.05 */
  maxDocumentShare: number;
  /**
   * Nor are terms in more than this many articles, however big the archive: such a term is not
   * uncommon, and its postings would make the cost grow with the square of the archive. @example 1000
   */
  maxDocumentFrequency: number;
  /** Smallest cosine of two articles' term vectors for them to count as related. @example 0.1 */
  minScore: number;
}

interface WeightedTerms {
  terms: Uint32Array;
  weights: Float64Array;
}

function documentFrequencies(articles: readonly RelatedCandidate[]): TermTable {
  const frequencies = new TermTable();
  for (const { terms } of articles) for (const term of terms) frequencies.add(term);
  return frequencies;
}

/**
 * The idf's numerator: a fixed reference size instead of the archive's, so that a term's weight
 * changes only when its own document frequency does. With the archive's size, every new article
 * would shift every weight a little and reorder near-ties on old pages, which an incremental
 * build would then have to re-render.
 */
const REFERENCE_ARCHIVE_SIZE = 10_000_000;

/** ln(M / df) for every df from 0 to `maxFrequency` (M fixed, see REFERENCE_ARCHIVE_SIZE). */
function inverseFrequencies(maxFrequency: number): Float64Array {
  return Float64Array.from({ length: maxFrequency + 1 }, (_, df) =>
    Math.log(REFERENCE_ARCHIVE_SIZE / df),
  );
}

/**
 * Puts `id` with `score` into the best `ids.length` so far (`kept` of them filled, best first)
 * when it ranks above the last, by insertion; returns how many are filled now.
 */
function keepBest<Ids extends Int32Array | Uint32Array>(
  ids: Ids,
  scores: Float64Array,
  kept: number,
  id: number,
  score: number,
  ranksAbove: (id: number, score: number, otherId: number, otherScore: number) => boolean,
): number {
  const limit = ids.length;
  if (kept === limit) {
    if (limit === 0 || !ranksAbove(id, score, ids[kept - 1] as number, scores[kept - 1] as number))
      return kept;
    kept--;
  }
  let at = kept;
  for (; at > 0 && ranksAbove(id, score, ids[at - 1] as number, scores[at - 1] as number); at--) {
    ids[at] = ids[at - 1] as number;
    scores[at] = scores[at - 1] as number;
  }
  ids[at] = id;
  scores[at] = score;
  return kept + 1;
}

/** Heavier first; between equal weights, the smaller term. */
const termRanksAbove = (term: number, weight: number, otherTerm: number, otherWeight: number) =>
  weight > otherWeight || (weight === otherWeight && term < otherTerm);

/**
 * An article's `keep` heaviest terms by (1 + ln tf) · ln(M / df), M fixed, as a unit vector;
 * ties to the smaller term. Kept by insertion into the `keep` best (no array of every term).
 */
function distinctiveTerms(
  article: TermProfile,
  frequencies: TermTable,
  idf: Float64Array,
  keep: number,
): WeightedTerms {
  const maxFrequency = idf.length - 1;
  const topTerms = new Uint32Array(keep);
  const topWeights = new Float64Array(keep);
  let kept = 0;
  const { terms, counts } = article;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as number;
    const df = frequencies.count(term);
    // A term no other article has links nothing; a very common one links everything.
    if (df < 2 || df > maxFrequency) continue;
    const weight = (1 + Math.log(counts[i] ?? 1)) * (idf[df] as number);
    kept = keepBest(topTerms, topWeights, kept, term, weight, termRanksAbove);
  }
  let sum = 0;
  for (let k = 0; k < kept; k++) sum += (topWeights[k] as number) * (topWeights[k] as number);
  const norm = Math.sqrt(sum) || 1;
  return {
    terms: topTerms.slice(0, kept),
    weights: topWeights.slice(0, kept).map((weight) => weight / norm),
  };
}

/**
 * Everything the ranking loop reads, in flat typed arrays that a worker thread can be handed:
 * each article's distinctive terms (as slots of the postings table) and weights, each slot's
 * postings (article index and weight), stories as numbers and each article's rank in id order.
 */
export interface RelatedIndex {
  limit: number;
  minScore: number;
  /** Article i's terms are at vectorStart[i] … vectorStart[i + 1] - 1 of vectorSlot and vectorWeight. */
  vectorStart: Int32Array;
  vectorSlot: Int32Array;
  vectorWeight: Float64Array;
  /** A slot's postings are at postingStart[slot] … + postingCount[slot] - 1. */
  postingStart: Int32Array;
  postingCount: Int32Array;
  postingArticle: Int32Array;
  postingWeight: Float64Array;
  storyOf: Int32Array;
  idRank: Int32Array;
}

/** Weighs every article's distinctive terms and files them by term (see {@link RelatedIndex}). */
export function buildRelatedIndex(
  articles: readonly RelatedCandidate[],
  settings: RelatedSettings,
): RelatedIndex {
  const total = articles.length;
  const frequencies = documentFrequencies(articles);
  const maxFrequency = Math.max(
    2,
    Math.min(settings.maxDocumentFrequency, Math.floor(total * settings.maxDocumentShare)),
  );
  const idf = inverseFrequencies(maxFrequency);
  const vectors = articles.map((a) =>
    distinctiveTerms(a, frequencies, idf, settings.termsPerArticle),
  );

  const postings = new TermTable(articles.length);
  for (const vector of vectors) for (const term of vector.terms) postings.add(term);
  // Each term's postings start where the previous slot's end; `filled` counts those written.
  const postingStart = new Int32Array(postings.capacity);
  const postingCount = new Int32Array(postings.capacity);
  let end = 0;
  for (let slot = 0; slot < postings.capacity; slot++) {
    postingStart[slot] = end;
    postingCount[slot] = postings.countAt(slot);
    end += postings.countAt(slot);
  }
  const postingArticle = new Int32Array(end);
  const postingWeight = new Float64Array(end);
  const filled = new Int32Array(postings.capacity);
  const vectorStart = new Int32Array(total + 1);
  const vectorSlot = new Int32Array(end);
  const vectorWeight = new Float64Array(end);
  let at = 0;
  vectors.forEach((vector, index) => {
    vectorStart[index] = at;
    vector.terms.forEach((term, t) => {
      const slot = postings.slot(term);
      const weight = vector.weights[t] ?? 0;
      const posting = (postingStart[slot] as number) + (filled[slot] as number);
      filled[slot] = (filled[slot] as number) + 1;
      postingArticle[posting] = index;
      postingWeight[posting] = weight;
      vectorSlot[at] = slot;
      vectorWeight[at++] = weight;
    });
  });
  vectorStart[total] = at;
  const storyNumbers = new Map<string, number>();
  const storyOf = Int32Array.from(articles, ({ storyId }) => {
    let number = storyNumbers.get(storyId);
    if (number === undefined) storyNumbers.set(storyId, (number = storyNumbers.size));
    return number;
  });

  // Ties go to the smaller id: each article's rank in id order, compared as a number.
  const idRank = new Int32Array(total);
  articles
    .map((article, index) => ({ id: article.id, index }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .forEach(({ index }, rank) => (idRank[index] = rank));
  return {
    limit: settings.limit,
    minScore: settings.minScore,
    vectorStart,
    vectorSlot,
    vectorWeight,
    postingStart,
    postingCount,
    postingArticle,
    postingWeight,
    storyOf,
    idRank,
  };
}

/**
 * The related articles of articles `from` … `to` - 1, by index: `limit` slots per article, best
 * first, -1 where fewer scored `minScore`. Each article's list depends on the index alone, so
 * any split of the range gives the same lists.
 */
export function rankRelated(index: RelatedIndex, from: number, to: number): Int32Array {
  const { limit, minScore, vectorStart, vectorSlot, vectorWeight, postingStart, postingCount } =
    index;
  const { postingArticle, postingWeight, storyOf, idRank } = index;
  const total = storyOf.length;
  // Higher score first; between equal scores, the smaller id.
  const ranksAbove = (a: number, scoreA: number, b: number, scoreB: number): boolean =>
    scoreA > scoreB || (scoreA === scoreB && (idRank[a] as number) < (idRank[b] as number));
  const scores = new Float64Array(total);
  const visited = new Uint8Array(total);
  const touched = new Int32Array(total);
  // The best `limit` so far, best first: a few insertions instead of sorting every candidate.
  const best = new Int32Array(limit);
  const bestScore = new Float64Array(limit);
  const result = new Int32Array((to - from) * limit).fill(-1);
  for (let article = from; article < to; article++) {
    const story = storyOf[article];
    let touchedCount = 0;
    for (let t = vectorStart[article] as number; t < (vectorStart[article + 1] as number); t++) {
      const weight = vectorWeight[t] as number;
      const slot = vectorSlot[t] as number;
      const start = postingStart[slot] as number;
      const end = start + (postingCount[slot] as number);
      for (let p = start; p < end; p++) {
        const other = postingArticle[p] as number;
        if (other === article || storyOf[other] === story) continue;
        if (visited[other] === 0) {
          visited[other] = 1;
          touched[touchedCount++] = other;
        }
        scores[other] = (scores[other] as number) + weight * (postingWeight[p] as number);
      }
    }
    let kept = 0;
    for (let i = 0; i < touchedCount; i++) {
      const other = touched[i] as number;
      const score = scores[other] as number;
      scores[other] = 0;
      visited[other] = 0;
      if (score >= minScore) kept = keepBest(best, bestScore, kept, other, score, ranksAbove);
    }
    result.set(best.subarray(0, kept), (article - from) * limit);
  }
  return result;
}

/** The ids of ranked lists (see rankRelated), per article id. */
export function relatedIds(
  articles: readonly { id: string }[],
  ranked: Int32Array,
  limit: number,
): Map<string, string[]> {
  const related = new Map<string, string[]>();
  articles.forEach((article, index) => {
    const ids: string[] = [];
    for (let k = index * limit; k < (index + 1) * limit && (ranked[k] as number) >= 0; k++)
      ids.push(articles[ranked[k] as number]?.id ?? "");
    related.set(article.id, ids);
  });
  return related;
}

/**
 * Up to `limit` related articles per article, best first: the highest cosine similarity of
 * their distinctive-term vectors (TF-IDF), never an article of the same story. Memory grows with
 * articles × termsPerArticle, not with the vocabulary of every text. Ties go to the smaller id.
 */
export function findRelatedArticles(
  articles: readonly RelatedCandidate[],
  settings: RelatedSettings,
): Map<string, string[]> {
  const index = buildRelatedIndex(articles, settings);
  return relatedIds(articles, rankRelated(index, 0, articles.length), settings.limit);
}
