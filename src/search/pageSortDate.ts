// data-pagefind-sort="date:2017-10-06" on any element.
const SORT_VALUE = /data-pagefind-sort="date:(\d{4}-\d{2}-\d{2})"/;
// <time datetime="2017-10-06" data-pagefind-sort="date[datetime]">, attributes in any order.
const SORT_FROM_DATETIME = /<[^>]*\sdata-pagefind-sort="date\[datetime\]"[^>]*>/;
const DATETIME = /\sdatetime="(\d{4}-\d{2}-\d{2})/;

/**
 * The `YYYY-MM-DD` a page gives Pagefind as its `date` sort key, in either of the two forms the
 * templates may use, or undefined for an undated page.
 */
export function pageSortDate(html: string): string | undefined {
  const value = SORT_VALUE.exec(html)?.[1];
  if (value) return value;
  const element = SORT_FROM_DATETIME.exec(html)?.[0];
  return element ? DATETIME.exec(element)?.[1] : undefined;
}
