/** Guesses the page language from the script of its letters: Arabic → `ar`, Latin → `fr`. */
export function detectLanguage(sample: string): "ar" | "fr" {
  let arabic = 0;
  let latin = 0;
  // The head of the text decides; counting a whole 5 MB body would add nothing.
  const end = Math.min(sample.length, 4000);
  for (let i = 0; i < end; i++) {
    const c = sample.charCodeAt(i);
    if (
      (c >= 0x0600 && c <= 0x06ff) ||
      (c >= 0x0750 && c <= 0x077f) ||
      (c >= 0xfb50 && c <= 0xfeff)
    )
      arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x17f))
      latin++;
  }
  // The aggregator family publishes Arabic and French only, so Latin script means French.
  return latin > arabic ? "fr" : "ar";
}
