/** The search form's controls: filter selects, date inputs and the URL they make. */
import type { FilterCounts, ShardsManifest } from "./searchPageIndex.ts";
import { FILTER_LABELS } from "./renderSearchResult.ts";

/** The dated years the archive holds, newest first. */
export function archiveYears(manifest: ShardsManifest): string[] {
  const years = new Set(manifest.shards.flatMap((shard) => Object.keys(shard.years)));
  years.delete("undated");
  return [...years].sort((a, b) => b.localeCompare(a));
}

/** Options for a filter select: years from the manifest (every shard), others from Pagefind. */
function filterValues(
  name: string,
  manifest: ShardsManifest,
  loaded: Record<string, Record<string, number>>,
): string[] {
  if (name === "year") return archiveYears(manifest);
  return Object.keys(loaded[name] ?? {}).sort((a, b) => a.localeCompare(b, "ar"));
}

/**
 * Fills the filter selects the page left empty (from `filterCounts`, asked only then) and submits
 * the form when one changes.
 */
export async function fillFilterSelects(
  form: HTMLFormElement,
  filterCounts: () => Promise<FilterCounts>,
  manifest: ShardsManifest,
  params: URLSearchParams,
): Promise<void> {
  const selects = [...form.querySelectorAll<HTMLSelectElement>("select[data-search-filter]")];
  // A select the page already lists values for (the site renders newspapers and kinds) is kept:
  // asking Pagefind for filter values downloads every filter chunk of every shard.
  const toFill = selects.filter((select) => select.options.length <= 1);
  const loaded = toFill.some((select) => select.name !== "year") ? await filterCounts() : {};
  for (const select of selects) {
    const values = toFill.includes(select) ? filterValues(select.name, manifest, loaded) : [];
    for (const value of values) {
      const option = select.ownerDocument.createElement("option");
      option.value = value;
      option.textContent = FILTER_LABELS[select.name]?.[value] ?? value;
      select.append(option);
    }
    select.value = params.get(select.name) ?? "";
    select.addEventListener("change", () => form.requestSubmit());
  }
}

/** Bounds the date inputs to the archive's years and submits the form when one changes. */
export function setUpDateInputs(form: HTMLFormElement, manifest: ShardsManifest): void {
  const years = archiveYears(manifest);
  const newest = years[0];
  const oldest = years[years.length - 1];
  for (const input of form.querySelectorAll<HTMLInputElement>("input[data-search-date]")) {
    if (oldest) input.min = `${oldest}-01-01`;
    if (newest) input.max = `${newest}-12-31`;
    input.addEventListener("change", () => form.requestSubmit());
  }
}

/** Carries a URL parameter through the next submit of the form (a filter or sort change). */
export function keepInForm(form: HTMLFormElement, name: string, value: string): void {
  const input = form.ownerDocument.createElement("input");
  input.type = "hidden";
  input.name = name;
  input.value = value;
  form.append(input);
}

/** The form's current values as URL parameters (empty values left out). */
export function formParams(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") params.set(name, value.trim());
  }
  return params;
}

const PHONE = "(max-width: 40rem)";
const OPTION_PARAMS = ["newspaper", "year", "kind", "sort", "from", "to"];

/**
 * Folds the search options on a phone while none is set, so the results start on the first
 * screen; they open again on a wider screen (where their toggle is not shown).
 */
export function foldOptionsOnPhones(details: HTMLDetailsElement, params: URLSearchParams): void {
  const phone = window.matchMedia(PHONE);
  if (phone.matches && !OPTION_PARAMS.some((name) => params.get(name))) details.open = false;
  phone.addEventListener("change", () => {
    if (!phone.matches) details.open = true;
  });
}
