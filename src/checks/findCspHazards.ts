import { Parser } from "htmlparser2";

/** Something in a page that the strict CSP would block, or a missing/different CSP meta tag. */
export interface CspHazard {
  line: number;
  problem: string;
}

// Script types the browser does not execute, so `script-src` does not apply to them.
const dataScriptTypes = new Set(["application/ld+json", "application/json", "importmap"]);

/**
 * Finds what would break or weaken the page under the archive's CSP: inline scripts, `<style>`
 * elements, `style=` and `on…=` attributes, `<meta http-equiv="refresh">`, and a CSP meta tag
 * that is missing or differs from `expectedMetaPolicy`.
 */
export function findCspHazards(html: string, expectedMetaPolicy: string): CspHazard[] {
  const hazards: CspHazard[] = [];
  let metaPolicies = 0;
  let openInlineScript: number | undefined;
  let lineNumber = 1;
  let counted = 0;
  const lineAt = (offset: number): number => {
    for (; counted < offset && counted < html.length; counted += 1)
      if (html[counted] === "\n") lineNumber += 1;
    return lineNumber;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const line = lineAt(parser.startIndex);
        for (const attribute of Object.keys(attributes)) {
          if (attribute === "style")
            hazards.push({
              line,
              problem: `style attribute on <${name}> (blocked by style-src 'self')`,
            });
          if (/^on[a-z]+$/.test(attribute))
            hazards.push({
              line,
              problem: `${attribute} handler on <${name}> (blocked by script-src)`,
            });
        }
        if (name === "style")
          hazards.push({ line, problem: "<style> element (blocked by style-src 'self')" });
        if (
          name === "script" &&
          attributes.src === undefined &&
          !dataScriptTypes.has((attributes.type ?? "").toLowerCase())
        ) {
          openInlineScript = line;
        }
        const httpEquiv = (attributes["http-equiv"] ?? "").toLowerCase();
        if (name === "meta" && httpEquiv === "refresh")
          hazards.push({ line, problem: "<meta http-equiv=refresh> navigates on its own" });
        if (name === "meta" && httpEquiv === "content-security-policy") {
          metaPolicies += 1;
          if (attributes.content !== expectedMetaPolicy) {
            hazards.push({
              line,
              problem: `CSP meta tag differs from the site policy: ${attributes.content ?? ""}`,
            });
          }
        }
      },
      ontext(text) {
        if (openInlineScript !== undefined && text.trim() !== "") {
          hazards.push({
            line: openInlineScript,
            problem: "inline <script> (blocked by script-src 'self')",
          });
          openInlineScript = undefined;
        }
      },
      onclosetag(name) {
        if (name === "script") openInlineScript = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  if (metaPolicies === 0)
    hazards.push({
      line: 1,
      problem: 'no <meta http-equiv="Content-Security-Policy"> (hosts without headers rely on it)',
    });
  return hazards;
}
