import { articleNoun, createNumberText } from "./arabicText.ts";
import type { ArticleRecord } from "./articleRecords.ts";
import type { SiteConfig } from "./siteConfig.ts";

/** What the site says about machine-generated articles in the content it was built from. */
export interface SampleNotice {
  /** «148 مقالًا», all articles. */
  totalLabel: string;
  /** «147 مقالًا», the generated ones. */
  generatedLabel: string;
  /** «مقال واحد», the articles that are real pages; empty when there are none. */
  realLabel: string;
  /** Every article is generated. */
  allGenerated: boolean;
}

/**
 * Describes the generated articles, as declared by ingest in each article's front matter
 * (`generated: true`, from the manifest); undefined for real content, which shows no notice.
 */
export function describeSample(
  articles: readonly Pick<ArticleRecord, "generated">[],
  config: Pick<SiteConfig, "locale" | "digits">,
): SampleNotice | undefined {
  const generated = articles.filter((a) => a.generated).length;
  if (generated === 0) return undefined;
  const numbers = createNumberText(config);
  const real = articles.length - generated;
  return {
    totalLabel: numbers.count(articles.length, articleNoun),
    generatedLabel: numbers.count(generated, articleNoun),
    realLabel: real > 0 ? numbers.count(real, articleNoun) : "",
    allGenerated: real === 0,
  };
}
