import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildStylesheet, type BuiltStylesheet } from "./buildStylesheet.ts";
import type { EleventyConfig } from "./eleventyConfig.ts";
import { drawSiteIcon, encodePng, pngToIco } from "./encodePng.ts";
import { fontFaceCss, listFontFiles, preloadedFontFiles, readUnicodeRanges } from "./fontFaces.ts";

const assetsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "assets");

function currentStylesheet(): BuiltStylesheet {
  const fonts = fontFaceCss(listFontFiles(), readUnicodeRanges());
  return buildStylesheet(fonts, readFileSync(path.join(assetsDir, "site.css"), "utf8"));
}

/**
 * Writes the static assets after each build: the flipped, fingerprinted stylesheet, the font
 * files it names, and the icons. The stylesheet's name reaches templates as `stylesheet` data.
 */
export function assetsPlugin(
  eleventyConfig: EleventyConfig,
  options: { writeFiles?: boolean } = {},
): void {
  let stylesheet = currentStylesheet();
  eleventyConfig.on("eleventy.before", () => {
    stylesheet = currentStylesheet();
  });
  eleventyConfig.addGlobalData("stylesheet", () => `/assets/${stylesheet.fileName}`);
  eleventyConfig.addGlobalData(
    "fontPreloads",
    preloadedFontFiles(listFontFiles()).map((font) => `/assets/fonts/${font.fileName}`),
  );
  eleventyConfig.addWatchTarget(assetsDir);
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    // Render shards other than the first draw article pages only; one writer is enough.
    if (options.writeFiles === false) return;
    const out = (file: string): string => path.join(directories.output, file);
    await mkdir(out("assets/fonts"), { recursive: true });
    await writeFile(out(`assets/${stylesheet.fileName}`), stylesheet.css);
    // An older fingerprint left by a previous build into the same folder is no longer linked.
    for (const file of await readdir(out("assets"))) {
      if (/^site\.[0-9a-f]+\.css$/.test(file) && file !== stylesheet.fileName)
        await rm(out(`assets/${file}`));
    }
    await Promise.all(
      listFontFiles().map((font) => copyFile(font.source, out(`assets/fonts/${font.fileName}`))),
    );
    await writeFile(out("favicon.svg"), await readFile(path.join(assetsDir, "favicon.svg")));
    await writeFile(out("favicon.ico"), pngToIco(encodePng(32, 32, drawSiteIcon(32)), 32));
    await writeFile(out("assets/icon-192.png"), encodePng(192, 192, drawSiteIcon(192)));
    await writeFile(out("assets/icon-512.png"), encodePng(512, 512, drawSiteIcon(512)));
  });
}
