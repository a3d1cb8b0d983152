/** What an incremental build must do. */
export interface RenderPlan {
  /** Paginated pages to render: new ones, changed ones and ones whose output is missing or damaged. */
  render: Set<string>;
  /** Pages of the previous build that no longer exist; their output files are deleted. */
  removed: string[];
}

/**
 * Compares this build's page signatures with the previous build's: a page is rendered when it is
 * new, its signature changed, or its output file is not what the previous build wrote (missing,
 * empty, cut short or overwritten); pages that disappeared are removed.
 */
export function planRender(
  previous: ReadonlyMap<string, string> | undefined,
  current: ReadonlyMap<string, string>,
  outputIntact: (href: string) => boolean,
): RenderPlan {
  const render = new Set<string>();
  for (const [href, signature] of current) {
    if (previous?.get(href) !== signature || !outputIntact(href)) render.add(href);
  }
  const removed = previous ? [...previous.keys()].filter((href) => !current.has(href)) : [];
  return { render, removed };
}
