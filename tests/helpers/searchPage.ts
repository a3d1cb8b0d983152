import type { Page } from "playwright-core";

/**
 * Narrows search results to one newspaper through whatever control the search page offers for
 * it: a checkbox or radio button labelled with the name (Pagefind's UIs add a count to the label),
 * or a `<select>` with an option of that name.
 */
export async function applyNewspaperFilter(page: Page, newspaper: string): Promise<void> {
  for (const role of ["checkbox", "radio"] as const) {
    const control = page.getByRole(role, { name: newspaper });
    if ((await control.count()) > 0) {
      await control.first().check();
      return;
    }
  }
  const select = page
    .locator("select")
    .filter({ has: page.locator("option", { hasText: newspaper }) });
  if ((await select.count()) > 0) {
    const label = await select
      .first()
      .locator("option", { hasText: newspaper })
      .first()
      .textContent();
    await select.first().selectOption({ label: label ?? newspaper });
    return;
  }
  throw new Error(`the search page has no filter control labelled ${newspaper}`);
}
