/**
 * The "Examples:" block at the end of a command's `--help`: each example is what it does (empty
 * to continue the one above) and the command line.
 */
export function examples(lines: readonly (readonly [string, string])[]): string {
  const text = lines.flatMap(([what, command]) => [
    ...(what ? [`  # ${what}`] : []),
    `  $ ${command}`,
  ]);
  return `\nExamples:\n${text.join("\n")}\n`;
}
