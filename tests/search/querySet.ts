/**
 * Arabic queries run against the fixture archive in tests/fixtures/search/. Each names the
 * records it must find: article ids (a01…a15, the folder names under site/articles/) and ticker
 * headline keys (h1…h4, from headlines.json). An empty `finds` means the query must find nothing.
 */
export interface SearchQueryCase {
  query: string;
  /** The spelling variation the query exercises. */
  variation: string;
  finds: string[];
}

export const querySet: SearchQueryCase[] = [
  // Hamza on alef: the article writes أ إ آ, the reader does not.
  { query: "الالكتروني", variation: "hamza on alef", finds: ["a01"] },
  { query: "انصاره", variation: "hamza on alef", finds: ["a01"] },
  { query: "اسبانيا", variation: "hamza on alef", finds: ["a07", "h4"] },
  { query: "اصدارات", variation: "hamza on alef", finds: ["a14"] },
  { query: "امة من الروبوتات", variation: "hamza on alef, multi-word", finds: ["a13"] },
  { query: "كاس ملك", variation: "hamza on alef, multi-word", finds: ["a07", "h4"] },
  // Alef wasla, in the article or in the query.
  { query: "اعملوا", variation: "alef wasla and Quranic marks in the article", finds: ["a04"] },
  { query: "ٱلمدينة المنورة", variation: "alef wasla in the query, multi-word", finds: ["a04"] },
  { query: "ٱلخلافة", variation: "alef wasla in the query", finds: ["a01"] },
  // ئ / ؤ / ء seats.
  { query: "مسئول", variation: "ئ in the query, ؤ in the article", finds: ["a01", "a03", "a05"] },
  { query: "مسؤول", variation: "ؤ in the query, ئ in the article", finds: ["a01", "a03", "a05"] },
  { query: "المسئول", variation: "ئ with the article", finds: ["a01", "a03", "a05"] },
  { query: "شئون", variation: "ئ in the query, ؤ in the article", finds: ["a02", "a05"] },
  { query: "التفائل", variation: "ئ in the query, ؤ in the article", finds: ["a13"] },
  { query: "لؤلؤ", variation: "ؤ after a prefix in the article", finds: ["a11"] },
  // Diacritics, in the query or in the article.
  { query: "الخِلافَة الافتِراضِيّة", variation: "diacritics in the query", finds: ["a01"] },
  { query: "القرار مؤقت", variation: "diacritics in the article", finds: ["a09"] },
  { query: "وزير", variation: "diacritics in the article", finds: ["a01", "a09"] },
  { query: "مُسْتَشْفَى", variation: "diacritics in the query", finds: ["a05"] },
  // Tatweel.
  { query: "الحـــج", variation: "tatweel in the query", finds: ["a06"] },
  { query: "الحج", variation: "tatweel in the article", finds: ["a06"] },
  { query: "تصريـح", variation: "tatweel in the query", finds: ["a06"] },
  // ة / ه, short words included.
  { query: "سنة", variation: "ة/ه on a short word", finds: ["a03", "a12"] },
  { query: "سنه", variation: "ة/ه on a short word", finds: ["a03", "a12"] },
  { query: "نمله", variation: "ه for ة", finds: ["a15"] },
  { query: "الموازنه", variation: "ه for ة", finds: ["a02"] },
  { query: "هيئه كبار العلماء", variation: "ه for ة, multi-word", finds: ["a06"] },
  // ى / ي.
  { query: "مستشفي", variation: "ي for ى", finds: ["a05"] },
  { query: "مبني قديم", variation: "ي for ى, multi-word", finds: ["a08"] },
  { query: "علي مدار الساعة", variation: "ي for ى, multi-word", finds: ["a05"] },
  // Prefixes و ف ب ك ل glued to the definite article, or alone.
  { query: "حكومة", variation: "و + ال in the article", finds: ["a02", "h3"] },
  { query: "طالب", variation: "ف + ال in the article", finds: ["a03"] },
  { query: "مدينة", variation: "ب + ال and a lone ل in the article", finds: ["a04"] },
  { query: "العادة", variation: "ك + ال in the article", finds: ["a03"] },
  { query: "للحكومة", variation: "ل + ال in the query", finds: ["a02", "h3"] },
  { query: "والحكومة", variation: "و + ال in the query", finds: ["a02", "h3"] },
  { query: "لمدينة ينبع", variation: "a lone ل in query and article, multi-word", finds: ["a04"] },
  { query: "كهرباء", variation: "ل + ال in the article", finds: ["a09"] },
  { query: "خدمة احياء", variation: "a lone ل and hamza in the article", finds: ["a11"] },
  { query: "اقدم نملة", variation: "a lone ل before hamza in the article", finds: ["a15"] },
  { query: "الصلاة", variation: "و + ال in the article", finds: ["a09"] },
  { query: "قهوة", variation: "ف + ال and ب + ال in the article", finds: ["a14"] },
  { query: "المملكة", variation: "ب + ال in the article", finds: ["a08", "a10", "a14"] },
  { query: "فلسطيني", variation: "ticker headlines, ل + ال", finds: ["h1", "h2"] },
  // Digits.
  {
    query: "2017",
    variation: "ASCII query, Arabic-Indic digits in one article",
    finds: ["a01", "a02"],
  },
  { query: "١٣١٤", variation: "Arabic-Indic digits in query and article", finds: ["a10"] },
  { query: "1446", variation: "digits glued to a letter in the article", finds: ["a06"] },
  // Multi-word.
  { query: "ريال مدريد برشلونة", variation: "multi-word", finds: ["a07", "h4"] },
  { query: "وزير الداخلية الايطالي", variation: "multi-word, hamza", finds: ["a01"] },
  // Must find nothing.
  { query: "زلزال", variation: "word only in the ignored ticker chrome", finds: [] },
  { query: "الجبير", variation: "word only in the ignored ticker chrome", finds: [] },
  { query: "كمبيوتر", variation: "absent word", finds: [] },
  { query: "طوكيو", variation: "absent word", finds: [] },
  { query: "البرلمان الأوروبي", variation: "absent words, one with hamza", finds: [] },
  { query: "وكالة ناسا", variation: "absent words, one with a و that belongs to it", finds: [] },
  { query: "حكومة اسبانيا", variation: "words from two different articles", finds: [] },
  { query: "حكومة طوكيو", variation: "a present word and an absent one", finds: [] },
];
