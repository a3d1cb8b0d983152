import type { SiteConfig } from "./siteConfig.ts";

/** The word forms Arabic uses after a number, per CLDR plural category. */
export interface CountedNoun {
  zero: string;
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}

/** Formats numbers and counted nouns in the configured locale and digits. */
export interface NumberText {
  number(value: number): string;
  /** A number without grouping separators, for years and days («2017», not «2,017»). */
  plain(value: number): string;
  count(value: number, noun: CountedNoun): string;
}

const numberTexts = new Map<string, NumberText>();

/** Number formatters for a locale and digits, built once and shared (see createDateText). */
export function createNumberText(config: Pick<SiteConfig, "locale" | "digits">): NumberText {
  const key = `${config.locale} ${config.digits}`;
  let text = numberTexts.get(key);
  if (!text) numberTexts.set(key, (text = buildNumberText(config)));
  return text;
}

/** Builds number formatters for one site config; `#` in a noun form is replaced by the number. */
function buildNumberText(config: Pick<SiteConfig, "locale" | "digits">): NumberText {
  const numbers = new Intl.NumberFormat(config.locale, { numberingSystem: config.digits });
  const plain = new Intl.NumberFormat(config.locale, {
    numberingSystem: config.digits,
    useGrouping: false,
  });
  const plurals = new Intl.PluralRules(config.locale);
  return {
    number: (value) => numbers.format(value),
    plain: (value) => plain.format(value),
    count: (value, noun) =>
      noun[plurals.select(value) as keyof CountedNoun].replace("#", numbers.format(value)),
  };
}

export const articleNoun: CountedNoun = {
  zero: "لا مقالات",
  one: "مقال واحد",
  two: "مقالان",
  few: "# مقالات",
  many: "# مقالًا",
  other: "# مقال",
};

export const wordNoun: CountedNoun = {
  zero: "لا كلمات",
  one: "كلمة واحدة",
  two: "كلمتان",
  few: "# كلمات",
  many: "# كلمة",
  other: "# كلمة",
};

export const minuteNoun: CountedNoun = {
  zero: "أقل من دقيقة",
  one: "دقيقة واحدة",
  two: "دقيقتان",
  few: "# دقائق",
  many: "# دقيقة",
  other: "# دقيقة",
};

export const headlineNoun: CountedNoun = {
  zero: "لا عناوين",
  one: "عنوان واحد",
  two: "عنوانان",
  few: "# عناوين",
  many: "# عنوانًا",
  other: "# عنوان",
};

export const timesNoun: CountedNoun = {
  zero: "لم يظهر",
  one: "مرة واحدة",
  two: "مرتان",
  few: "# مرات",
  many: "# مرة",
  other: "# مرة",
};

export const newspaperNoun: CountedNoun = {
  zero: "لا صحف",
  one: "صحيفة واحدة",
  two: "صحيفتان",
  few: "# صحف",
  many: "# صحيفة",
  other: "# صحيفة",
};

export const dayNoun: CountedNoun = {
  zero: "لا أيام",
  one: "يوم واحد",
  two: "يومان",
  few: "# أيام",
  many: "# يومًا",
  other: "# يوم",
};

/** Versions of one story, e.g. «3 نسخ». */
export const versionNoun: CountedNoun = {
  zero: "لا نسخ",
  one: "نسخة واحدة",
  two: "نسختان",
  few: "# نسخ",
  many: "# نسخة",
  other: "# نسخة",
};

/** Newspapers after «في» (genitive: «في صحيفتين»). */
export const newspaperAfterPrepositionNoun: CountedNoun = {
  ...newspaperNoun,
  two: "صحيفتين",
};

/** Search results, e.g. «3 نتائج». */
export const resultNoun: CountedNoun = {
  zero: "لا نتائج",
  one: "نتيجة واحدة",
  two: "نتيجتان",
  few: "# نتائج",
  many: "# نتيجة",
  other: "# نتيجة",
};
