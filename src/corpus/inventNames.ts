import type { Prng } from "./createPrng.ts";

/** The people, place and organisation a story is about; every name is invented. */
export interface StoryCast {
  /** Full name, e.g. «سالم بن راشد القرناني». */
  person: string;
  /** The person's invented family name alone (the rare token a reader remembers). */
  family: string;
  /** Their role, e.g. «رئيس مجلس إدارة». */
  role: string;
  /** An invented place, one word with ال, e.g. «الفريعة». */
  place: string;
  /** An invented organisation, e.g. «جمعية القرطان الخيرية». */
  organisation: string;
}

const FIRST_NAMES = [
  "محمد",
  "أحمد",
  "عبدالله",
  "خالد",
  "سالم",
  "فهد",
  "ناصر",
  "سعد",
  "يوسف",
  "إبراهيم",
  "علي",
  "حسن",
  "عمر",
  "طارق",
  "ماجد",
  "بدر",
  "وليد",
  "هشام",
  "منصور",
  "راشد",
  "سلطان",
  "مشعل",
  "نايف",
  "زياد",
  "حمد",
  "كريم",
  "مصطفى",
  "إسماعيل",
  "جمال",
  "رشيد",
  "عادل",
  "مراد",
  "نبيل",
  "فاطمة",
  "مريم",
  "نورة",
  "هند",
  "سارة",
  "ليلى",
  "أمل",
  "منى",
  "هدى",
  "رانيا",
  "سمية",
  "خديجة",
] as const;
const ROLES = [
  "رئيس مجلس إدارة",
  "المدير التنفيذي في",
  "أمين عام",
  "المتحدث الرسمي باسم",
  "مدير عام",
  "رئيس",
  "نائب رئيس",
  "عضو مجلس إدارة",
  "مستشار",
] as const;
const ORGANISATION_KINDS = [
  ["جمعية", "الخيرية"],
  ["شركة", "القابضة"],
  ["مؤسسة", "للتنمية"],
  ["نادي", "الرياضي"],
  ["مركز", "للدراسات"],
  ["هيئة", "للاستثمار"],
  ["مجموعة", "التجارية"],
  ["اتحاد", "للتعاون"],
] as const;
// Root letters that make pronounceable names, common ones repeated; hamza, ة and ى are left out so
// a name has one spelling.
const ROOT_LETTERS = [..."بتجحدرزسشصعفقكلمنهرلمنبعدسقف"];
// Letters close in sound that Arabic roots do not put side by side.
const CLASHING = ["سصزش", "قكج", "تدط", "حعه", "لرن"];

function pronounceable(root: readonly string[]): boolean {
  for (let i = 1; i < root.length; i += 1) {
    const [a = "", b = ""] = [root[i - 1], root[i]];
    if (a === b || CLASHING.some((group) => group.includes(a) && group.includes(b))) return false;
  }
  return true;
}
// Name shapes of Gulf and Levant family names (فعلاني، فعيلي، فاعلي، مفعلي) and of places.
const FAMILY_SHAPES = ["$1$2$3اني", "$1$2ي$3ي", "$1ا$2$3ي", "م$1$2$3ي", "$1$2ا$3ي", "$1$2$3وني"];
const PLACE_SHAPES = ["$1$2ي$3ة", "م$1$2$3ة", "$1$2ا$3", "$1$2$3ان", "$1$2و$3", "$1ا$2$3ة"];

/** Invents names that are unique within a run and never collide with a vocabulary word. */
export class NameInventor {
  readonly #used = new Set<string>();
  readonly #taken: (word: string) => boolean;

  /** `taken` tells whether a word (with or without ال) already exists in the text's vocabulary. */
  constructor(taken: (word: string) => boolean) {
    this.#taken = taken;
  }

  #invent(prng: Prng, shapes: readonly string[]): string {
    for (;;) {
      const root = Array.from({ length: 3 }, () => prng.pick(ROOT_LETTERS));
      if (!pronounceable(root)) continue;
      const stem = prng
        .pick(shapes)
        .replace(/\$(\d)/g, (_, i: string) => root[Number(i) - 1] ?? "");
      const word = `ال${stem}`;
      const forms = [word, stem, word.replace(/ة$/u, "ه"), stem.replace(/ة$/u, "ه")];
      if (this.#used.has(stem) || forms.some((form) => this.#taken(form))) continue;
      this.#used.add(stem);
      return word;
    }
  }

  /** A new cast: a person with an invented family name, an invented place and organisation. */
  cast(prng: Prng): StoryCast {
    const family = this.#invent(prng, FAMILY_SHAPES);
    const first = prng.pick(FIRST_NAMES);
    const person = prng.chance(0.3)
      ? `${first} بن ${prng.pick(FIRST_NAMES)} ${family}`
      : `${first} ${family}`;
    const [kind, tail] = prng.pick(ORGANISATION_KINDS);
    const organisationName = this.#invent(prng, PLACE_SHAPES).slice(2);
    return {
      person,
      family,
      role: prng.pick(ROLES),
      place: this.#invent(prng, PLACE_SHAPES),
      organisation: `${kind} ${organisationName} ${tail}`,
    };
  }

  /** A person and place that are used nowhere else (for queries that must find one article or none). */
  unique(prng: Prng): { person: string; family: string; place: string } {
    const family = this.#invent(prng, FAMILY_SHAPES);
    return {
      person: `${prng.pick(FIRST_NAMES)} ${family}`,
      family,
      place: this.#invent(prng, PLACE_SHAPES),
    };
  }
}
