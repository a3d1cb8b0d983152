import { describe, expect, it } from "vitest";
import { createPrng } from "../../src/corpus/createPrng.ts";
import { isPlausibleNewsForm } from "../../src/corpus/dictionaryWords.ts";
import { NameInventor } from "../../src/corpus/inventNames.ts";

describe("isPlausibleNewsForm", () => {
  it("keeps bare forms and forms with ال or one clitic, and drops stacked clitics and pronouns", () => {
    for (const word of ["مدرسة", "المدرسة", "والمدرسة", "بالمدرسة", "للمدرسة", "مدارس", "وزير"]) {
      expect(isPlausibleNewsForm(word), word).toBe(true);
    }
    for (const word of [
      "ولبأنافيتيهم",
      "لبمدرسة",
      "مدرستها",
      "كتابهم",
      "أفبالمطواح",
      "لبمنظارهما",
    ]) {
      expect(isPlausibleNewsForm(word), word).toBe(false);
    }
  });
});

describe("NameInventor", () => {
  it("invents family names and places that are new within a run and absent from the vocabulary", () => {
    const taken = new Set(["القرناني", "قرناني"]);
    const inventor = new NameInventor((word) => taken.has(word));
    const prng = createPrng(4);
    const seen = new Set<string>();
    for (let i = 0; i < 300; i += 1) {
      const cast = inventor.cast(prng);
      expect(cast.person.endsWith(cast.family)).toBe(true);
      for (const name of [cast.family, cast.place]) {
        expect(name).toMatch(/^ال[\u0621-\u064A]{3,6}$/u);
        expect(taken.has(name)).toBe(false);
        expect(seen.has(name)).toBe(false);
        seen.add(name);
      }
    }
  });
});
