import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { HtmlValidate } from "html-validate";
import { htmlValidateConfig } from "./htmlValidateConfig.ts";
import { listSiteFiles } from "./listSiteFiles.ts";

/** One html-validate message, located in the site. */
export interface HtmlProblem {
  /** Relative to the site folder. */
  file: string;
  line: number;
  column: number;
  ruleId: string;
  message: string;
  severity: "error" | "warning";
}

/** Result of {@link validateHtml}. */
export interface HtmlValidationReport {
  filesChecked: number;
  problems: HtmlProblem[];
}

/** Validates HTML files of a built site (all of them unless `files` lists some) with html-validate. */
export async function validateHtml(
  siteDir: string,
  files?: readonly string[],
): Promise<HtmlValidationReport> {
  const root = resolve(siteDir);
  const htmlFiles = files ?? (await listSiteFiles(root)).filter((file) => file.endsWith(".html"));
  const validator = new HtmlValidate(htmlValidateConfig);
  const problems: HtmlProblem[] = [];
  for (const file of htmlFiles) {
    problems.push(
      ...(await validateHtmlText(validator, await readFile(join(root, file), "utf8"), file)),
    );
  }
  return { filesChecked: htmlFiles.length, problems };
}

/** Validates one HTML document held in memory; `file` names it in the messages. */
export async function validateHtmlText(
  validator: HtmlValidate,
  html: string,
  file: string,
): Promise<HtmlProblem[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages.map((message) => ({
      file,
      line: message.line,
      column: message.column,
      ruleId: message.ruleId,
      message: message.message,
      severity: message.severity === 2 ? ("error" as const) : ("warning" as const),
    })),
  );
}
