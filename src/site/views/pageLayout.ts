// The page shell every page shares: head, site header, sample notice, footer. Nunjucks pages reach
// it through the layout shortcodes of layoutPlugin.ts (layouts/base.njk); JavaScript templates
// call pageLayout directly, so both write the same bytes from this one source.
import { absoluteUrl } from "../absoluteUrl.ts";
import type { SampleNotice } from "../sampleNotice.ts";
import type { SiteData } from "../siteDataPlugin.ts";
import { html, type HtmlValue, type SafeHtml } from "./html.ts";

/** The global data the shell reads: `site`, `stylesheet`, `fontPreloads` and `archive.sample`. */
export interface LayoutGlobals {
  site: SiteData;
  stylesheet: string;
  fontPreloads: readonly string[];
  archive: { sample: SampleNotice | undefined };
}

/** What one page tells the shell about itself. */
export interface PageMeta {
  /** `page.url`; false or undefined for a page written without a URL. */
  url: string | false | undefined;
  /** The root-relative canonical URL when another page shows the same content; empty: `url`. */
  canonical?: string | undefined;
  /** `<title>` and og:title; empty: the site's title. */
  title?: string | undefined;
  /** Meta and og:description; empty: the site's description. */
  description?: string | undefined;
  /** og:type; empty: `website`. */
  ogType?: string | undefined;
  /** The article of an article page: the sample notice speaks of it, or is left out for a real one. */
  article?: { generated: boolean } | undefined;
}

/** The markup a page adds to the shell: the end of `<head>`, `<main>`'s content, scripts before `</body>`. */
export interface PageBlocks {
  head: HtmlValue;
  content: HtmlValue;
  scripts: HtmlValue;
}

/** From the doctype to the site's feed links, where a page's own head elements follow. */
export function pageHead(
  { site, stylesheet, fontPreloads }: LayoutGlobals,
  meta: PageMeta,
): SafeHtml {
  const title = meta.title || site.title;
  const description = meta.description || site.description;
  const path = meta.canonical || meta.url;
  const url = path && path !== "/404.html" ? absoluteUrl(path, site) : undefined;
  const preloads = fontPreloads.map(
    (font) => html`<link rel="preload" href="${font}" as="font" type="font/woff2" crossorigin>
`,
  );
  return html`<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${site.contentSecurityPolicy}">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${title}</title>
<meta name="description" content="${description}">
${
  url !== undefined &&
  html`<link rel="canonical" href="${url}">
<meta property="og:url" content="${url}">`
}
<meta property="og:site_name" content="${site.title}">
<meta property="og:locale" content="ar_AR">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:type" content="${meta.ogType || "website"}">
<link rel="stylesheet" href="${stylesheet}">
${preloads}
<link rel="icon" href="/favicon.ico" sizes="32x32">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="/assets/icon-192.png">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="alternate" type="application/atom+xml" href="/feed.xml" title="${site.title} (Atom)">
<link rel="alternate" type="application/feed+json" href="/feed.json" title="${site.title} (JSON Feed)">
`;
}

function siteHeader(site: SiteData, url: PageMeta["url"]): SafeHtml {
  const items = site.navigation.map(
    (item) => html`
<li><a href="${item.href}"${url === item.href && html` aria-current="page"`}>${item.label}</a></li>`,
  );
  return html`<header class="site-header">
<div class="site-header__inner">
<a class="site-title" href="/">${site.title}</a>
<nav class="site-nav" aria-label="أقسام الموقع">
<ul>${items}
</ul>
</nav>
<form class="search-form" role="search" action="/search/" method="get">
<label class="visually-hidden" for="site-search">ابحث في الأرشيف</label>
<input id="site-search" type="search" name="q" placeholder="ابحث في الأرشيف" dir="auto" autocomplete="off">
<button type="submit">بحث</button>
</form>
</div>
</header>
`;
}

/** Shown on every page of a build whose content declares generated articles, except on a real article's page. */
function sampleNotice(sample: SampleNotice | undefined, article: PageMeta["article"]): SafeHtml {
  if (!sample || (article && !article.generated))
    return html`
`;
  // No counts here: they would change every page with each day of news (they are on /about/).
  const archiveWide = sample.allGenerated ? "كل مقالات هذا الأرشيف" : "بعض مقالات هذا الأرشيف";
  const what = article
    ? "نص هذا المقال مولَّد آليًّا لأغراض العرض، ولم تنشره الصحيفة المذكورة."
    : html`${archiveWide} نصوص مولَّدة آليًّا لأغراض العرض، لم تنشرها الصحف المذكورة.`;
  return html`
<div class="sample-notice">
<p><strong>نسخة تجريبية:</strong> ${what} <a href="/about/#sample">التفاصيل</a></p>
</div>

`;
}

/** From the end of `<head>` to the start of `<main>`'s content: site header and sample notice. */
export function pageBodyStart({ site, archive }: LayoutGlobals, meta: PageMeta): SafeHtml {
  return html`
</head>
<body>
<a class="skip-link" href="#main">تخطَّ إلى المحتوى</a>
${siteHeader(site, meta.url)}
<main id="main" tabindex="-1">
${sampleNotice(archive.sample, meta.article)}
`;
}

/** From the end of `<main>` to the page's scripts: the site footer. */
export function pageBodyEnd({ site, archive }: LayoutGlobals): SafeHtml {
  const about = archive.sample
    ? "نسخة تجريبية من أرشيف ثابت للصحف العربية، فيها نصوص مولَّدة آليًّا."
    : "أرشيف ثابت لمقالات منشورة في صحف عربية، مجمّعة من صفحات محفوظة.";
  return html`
</main>
<footer class="site-footer">
<div class="site-footer__inner">
<p>${site.title} — ${about}</p>
<p><a href="/about/">حول الأرشيف</a> · <a href="/feed.xml">خلاصة Atom</a> · <a href="/feed.json">JSON Feed</a> · <a href="/sitemap.xml">خريطة الموقع</a></p>
</div>
</footer>

`;
}

/** After the page's scripts. */
export const pageEnd: SafeHtml = html`
</body>
</html>
`;

/** A whole page: the shell around the page's own blocks. */
export function pageLayout(globals: LayoutGlobals, meta: PageMeta, blocks: PageBlocks): SafeHtml {
  return html`${pageHead(globals, meta)}${blocks.head}${pageBodyStart(globals, meta)}${blocks.content}${pageBodyEnd(globals)}${blocks.scripts}${pageEnd}`;
}
