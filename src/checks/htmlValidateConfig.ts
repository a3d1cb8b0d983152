import type { ConfigData } from "html-validate";

/**
 * html-validate settings for the built site: the recommended preset, with only the rules turned
 * off that contradict a deliberate choice of the archive (each says why).
 */
export const htmlValidateConfig: ConfigData = {
  root: true,
  extends: ["html-validate:recommended"],
  rules: {
    // Article titles are the newspapers' own headlines and are kept whole; many exceed 70 characters.
    "long-title": "off",
    // Template indentation leaves trailing spaces; invisible, and not an error in HTML.
    "no-trailing-whitespace": "off",
    // `<!doctype html>` is as valid as `<!DOCTYPE html>`; Prettier writes the lowercase form.
    "doctype-style": "off",
    // Eleventy's HTML base plugin (used for --path-prefix) re-serialises `<script defer>` and
    // `<button hidden>` as `defer=""` and `hidden=""`; both spellings are valid HTML and mean the same.
    "attribute-boolean-style": "off",
    "attribute-empty-style": "off",
  },
};
