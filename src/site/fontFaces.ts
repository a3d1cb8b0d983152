import { createRequire } from "node:module";
import path from "node:path";

/** One self-hosted font file and the @font-face rule that loads it. */
export interface FontFile {
  /** Absolute path of the woff2 file in node_modules. */
  source: string;
  /** File name under the output's `assets/fonts/`. */
  fileName: string;
  weight: number;
  subset: "arabic" | "latin";
}

/** Weights the stylesheet uses (regular and bold); only these files are shipped. */
export const fontWeights = [400, 700] as const;
const subsets = ["arabic", "latin"] as const;
const family = "Noto Naskh Arabic";

/** The Noto Naskh Arabic files to copy: the Arabic and Latin subsets of each used weight. */
export function listFontFiles(): FontFile[] {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve("@fontsource/noto-naskh-arabic/package.json"));
  return fontWeights.flatMap((weight) =>
    subsets.map((subset) => {
      const fileName = `noto-naskh-arabic-${subset}-${weight}-normal.woff2`;
      return { source: path.join(packageDir, "files", fileName), fileName, weight, subset };
    }),
  );
}

/** Reads the subsets' unicode ranges shipped by @fontsource. */
export function readUnicodeRanges(): Record<string, string> {
  const require = createRequire(import.meta.url);
  return require("@fontsource/noto-naskh-arabic/unicode.json") as Record<string, string>;
}

/** The files every page uses (Arabic text, regular and bold, and the Latin digits), preloaded by the layout. */
export function preloadedFontFiles(files: readonly FontFile[]): FontFile[] {
  return files.filter((file) => file.subset === "arabic" || file.weight === 400);
}

/** The Western digits 0–9. */
const digitRange = "U+0030-0039";

/**
 * The font's Latin digits are drawn at Latin cap height, visibly larger than the Naskh letters
 * around them («أرشيف 2017»); this scale brings them to the Arabic text's size (checked in screenshots).
 */
export const latinDigitScale = "86%";

/**
 * A family holding only the scaled Latin digits, first in the stack of Arabic text; Latin text
 * (URLs, French articles) skips it and keeps digits at the size of its letters.
 */
export const digitFamily = "Noto Naskh Arabic Digits";

function faceRule(file: FontFile, familyName: string, range: string, sizeAdjust?: string): string {
  return [
    "@font-face {",
    `  font-family: "${familyName}";`,
    "  font-style: normal;",
    `  font-weight: ${file.weight};`,
    // With the files preloaded, `optional` draws with them from the first paint, and a slow first
    // visit keeps the fallback for that page instead of reflowing the text when they arrive (CLS).
    "  font-display: optional;",
    `  src: url("fonts/${file.fileName}") format("woff2");`,
    `  unicode-range: ${range};`,
    ...(sizeAdjust ? [`  size-adjust: ${sizeAdjust};`] : []),
    "}",
  ].join("\n");
}

/**
 * Writes the @font-face rules for the font files, relative to a stylesheet in `assets/`. The Latin
 * file also backs the digits family (same file and weight, scaled to the Naskh letters).
 */
export function fontFaceCss(
  files: readonly FontFile[],
  unicodeRanges: Readonly<Record<string, string>>,
): string {
  return files
    .flatMap((file) => {
      const rule = faceRule(file, family, unicodeRanges[file.subset] ?? "U+0000-10FFFF");
      if (file.subset !== "latin") return [rule];
      return [rule, faceRule(file, digitFamily, digitRange, latinDigitScale)];
    })
    .join("\n");
}
