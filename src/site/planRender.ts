/** What an incremental build must do. */
export interface RenderPlan {
  /** Paginated pages to render: new ones, changed ones and ones missing from the output. */
  render: Set<string>;
  /** Pages of the previous build that no longer exist; their output files are deleted. */
  removed: string[];
}

/**
 * Compares this build's page signatures with the previous build's: a page is rendered when it is
 * new, its signature changed, or its output file is missing; pages that disappeared are removed.
 */
export function planRender(
  previous: ReadonlyMap<string, string> | undefined,
  current: ReadonlyMap<string, string>,
  outputExists: (href: string) => boolean,
): RenderPlan {
  const render = new Set<string>();
  for (const [href, signature] of current) {
    if (previous?.get(href) !== signature || !outputExists(href)) render.add(href);
  }
  const removed = previous ? [...previous.keys()].filter((href) => !current.has(href)) : [];
  return { render, removed };
}
