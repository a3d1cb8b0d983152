/** One page of a paginated list, with the links a pager needs. */
export interface ListPage<T> {
  /** Root-relative URL of this page. */
  href: string;
  /** 1-based page number. */
  pageNumber: number;
  pageCount: number;
  items: T[];
  previousHref: string | undefined;
  nextHref: string | undefined;
}

/**
 * Splits items into pages: page 1 lives at `baseHref`, page n at `baseHref + "page/n/"`.
 * An empty list still gets one (empty) page so that its URL exists.
 */
export function paginate<T>(items: readonly T[], pageSize: number, baseHref: string): ListPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`page size must be a positive integer: ${pageSize}`);
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const hrefOf = (pageNumber: number): string => (pageNumber === 1 ? baseHref : `${baseHref}page/${pageNumber}/`);
  return Array.from({ length: pageCount }, (_, index) => {
    const pageNumber = index + 1;
    return {
      href: hrefOf(pageNumber),
      pageNumber,
      pageCount,
      items: items.slice(index * pageSize, (index + 1) * pageSize),
      previousHref: pageNumber > 1 ? hrefOf(pageNumber - 1) : undefined,
      nextHref: pageNumber < pageCount ? hrefOf(pageNumber + 1) : undefined,
    };
  });
}
