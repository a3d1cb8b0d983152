import { createNumberText } from "./arabicText.ts";
import { createDateText } from "./formatDates.ts";
import type { SiteConfig } from "./siteConfig.ts";

/** One step of a breadcrumb trail. */
export interface Crumb {
  href: string;
  label: string;
}

/** How deep a date trail goes: to the year, the month or the day. */
export type DateDepth = "year" | "month" | "day";

/**
 * The trail above a date page, naming each step: الأرشيف › 2017 › أكتوبر › 6 أكتوبر.
 * The page itself is not part of its trail; `depth` is the page's own level.
 */
export function breadcrumbForDate(
  isoDate: string,
  depth: DateDepth,
  config: Pick<SiteConfig, "locale" | "digits">,
): Crumb[] {
  return dateCrumbs(isoDate, config).slice(0, { year: 1, month: 2, day: 3 }[depth]);
}

const crumbsByDate = new Map<string, Crumb[]>();

/** The archive, year, month and day crumbs of a date (each linking to its date page); shared per date. */
export function dateCrumbs(
  isoDate: string,
  config: Pick<SiteConfig, "locale" | "digits">,
): Crumb[] {
  const key = `${config.locale} ${config.digits} ${isoDate}`;
  let crumbs = crumbsByDate.get(key);
  if (!crumbs) crumbsByDate.set(key, (crumbs = buildDateCrumbs(isoDate, config)));
  return crumbs;
}

function buildDateCrumbs(isoDate: string, config: Pick<SiteConfig, "locale" | "digits">): Crumb[] {
  const numbers = createNumberText(config);
  const dates = createDateText(config);
  const year = isoDate.slice(0, 4);
  const month = isoDate.slice(5, 7);
  const day = isoDate.slice(8, 10);
  const monthName = dates.monthName(Number(month));
  const crumbs: Crumb[] = [
    { href: "/archive/", label: "الأرشيف" },
    { href: `/archive/${year}/`, label: numbers.plain(Number(year)) },
  ];
  if (month) crumbs.push({ href: `/archive/${year}/${month}/`, label: monthName });
  if (day)
    crumbs.push({
      href: `/archive/${year}/${month}/${day}/`,
      label: dates.dayMonth(isoDate),
    });
  return crumbs;
}

/** An article's trail: الصحف › newspaper › year › month › day (the date steps lead to the date pages). */
export function articleBreadcrumb(
  article: { source: string; newspaperHref: string; date: string | undefined },
  config: Pick<SiteConfig, "locale" | "digits">,
): Crumb[] {
  const trail: Crumb[] = [
    { href: "/newspapers/", label: "الصحف" },
    { href: article.newspaperHref, label: article.source },
  ];
  return article.date ? [...trail, ...dateCrumbs(article.date, config).slice(1)] : trail;
}
