/** One newspaper as the aggregator family lists it. */
export interface Newspaper {
  /** Display name as printed in the attribution line. */
  name: string;
  /** Aggregator host that republishes it. */
  host: string;
  /** Path segment of its articles on the aggregator (`https://<host>/<slug>/<id>`). */
  slug: string;
  /** First year the aggregator carries it. */
  since: number;
  /** Relative share of the generated pages. */
  weight: number;
  /** True for a news agency whose wire copy ends with `// انتهى //`. */
  wire?: boolean;
}

/** Newspapers of the sauress family (and a few sister sites) that generated pages come from. */
export const NEWSPAPERS: readonly Newspaper[] = [
  { name: "الحياة", host: "sauress.com", slug: "alhayat", since: 2006, weight: 14 },
  { name: "الرياض", host: "sauress.com", slug: "alriyadh", since: 2006, weight: 16 },
  { name: "اليوم", host: "sauress.com", slug: "alyaum", since: 2007, weight: 9 },
  { name: "عكاظ", host: "sauress.com", slug: "okaz", since: 2006, weight: 10 },
  { name: "الوطن", host: "sauress.com", slug: "alwatan", since: 2008, weight: 7 },
  { name: "المدينة", host: "sauress.com", slug: "almadina", since: 2008, weight: 6 },
  { name: "الجزيرة", host: "sauress.com", slug: "aljazirah", since: 2009, weight: 6 },
  {
    name: "وكالة الأنباء السعودية",
    host: "sauress.com",
    slug: "spa",
    since: 2010,
    weight: 3,
    wire: true,
  },
  { name: "اليوم السابع", host: "masress.com", slug: "youm7", since: 2008, weight: 9 },
  { name: "أخبار اليوم", host: "masress.com", slug: "akhbarelyom", since: 2009, weight: 5 },
  { name: "الشروق اليومي", host: "djazairess.com", slug: "echorouk", since: 2009, weight: 8 },
  { name: "كش24", host: "maghress.com", slug: "kech24", since: 2013, weight: 7 },
];

/**
 * Opinion writers whose columns carry the author before `نشر في`. The names are invented (the
 * text under them is generated): keep real columnists' names out of this list.
 */
export const COLUMNISTS: readonly string[] = [
  "د. عبدالله بن سعد العتيبي",
  "محمد الفهد",
  "سارة المطيري",
  "خالد عبدالرحمن الشهري",
  "أ. نورة القحطاني",
  "يوسف المنصوري",
  "هالة عبدالعزيز",
  "إبراهيم الحارثي",
  "م. فيصل الدوسري",
  "عبدالرحمن بن ناصر",
  "ليلى الزهراني",
  "أحمد عبدالمجيد",
];
