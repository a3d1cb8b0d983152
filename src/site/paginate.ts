/** One page of a paginated list, with the links a pager needs. */
export interface ListPage<T> {
  /** Root-relative URL of this page. */
  href: string;
  /** Position counted from the oldest page (1 = oldest); the newest page lives at the base URL. */
  pageNumber: number;
  pageCount: number;
  /** Items on this page, in list order (newest first). */
  items: T[];
  /** The page with newer items (towards the base URL). */
  newerHref: string | undefined;
  /** The page with older items. */
  olderHref: string | undefined;
}

/**
 * Splits a newest-first list into pages anchored at the OLDEST item: page 1 holds the oldest
 * `pageSize` items, page 2 the next, and the newest page (at `baseHref`) takes the remainder, so
 * it holds between `pageSize` and `2 × pageSize − 1` items. Adding new items therefore changes only
 * the newest page (and, when it splits, the page below it): every older page keeps its URL and
 * content, which is what lets an incremental build skip them. Older pages live at `baseHref + "page/n/"`.
 * A list shorter than one page, or empty, is one page at `baseHref`.
 */
export function paginate<T>(
  newestFirst: readonly T[],
  pageSize: number,
  baseHref: string,
): ListPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new Error(`page size must be a positive integer: ${pageSize}`);
  const pageCount = Math.max(1, Math.floor(newestFirst.length / pageSize));
  const hrefOf = (pageNumber: number): string =>
    pageNumber === pageCount ? baseHref : `${baseHref}page/${pageNumber}/`;
  const pages: ListPage<T>[] = [];
  // Walk from the newest page down; page n (n < pageCount) holds oldest-first items [(n-1)S, nS).
  for (let pageNumber = pageCount; pageNumber >= 1; pageNumber--) {
    const olderItems = (pageNumber - 1) * pageSize; // items on the pages below this one
    const end = newestFirst.length - olderItems;
    const start = pageNumber === pageCount ? 0 : end - pageSize;
    pages.push({
      href: hrefOf(pageNumber),
      pageNumber,
      pageCount,
      items: newestFirst.slice(start, end),
      newerHref: pageNumber < pageCount ? hrefOf(pageNumber + 1) : undefined,
      olderHref: pageNumber > 1 ? hrefOf(pageNumber - 1) : undefined,
    });
  }
  return pages;
}
