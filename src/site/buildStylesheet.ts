import { createHash } from "node:crypto";
import rtlcss from "rtlcss";

/** The built stylesheet and its fingerprinted file name. */
export interface BuiltStylesheet {
  fileName: string;
  css: string;
}

/** Flips the left-to-right source CSS for the right-to-left site and names it after its content hash. */
export function buildStylesheet(fontCss: string, sourceCss: string): BuiltStylesheet {
  const css = `${fontCss}\n${rtlcss.process(sourceCss)}`;
  const hash = createHash("sha256").update(css).digest("hex").slice(0, 10);
  return { fileName: `site.${hash}.css`, css };
}
