/**
 * Picks the edition (zh-Hant, zh-Hans, en) that best fits a browser's preferred
 * languages, in their order: zh-TW/HK/MO and zh-Hant map to Traditional, other
 * Chinese to Simplified, English to English. Null when none fits.
 */
export function bestLanguage(preferred: readonly string[], available: readonly string[]): string | null {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    let candidate: string | null = null;
    if (lower.startsWith("zh")) {
      candidate = /hant|-tw|-hk|-mo/.test(lower) ? "zh-Hant" : "zh-Hans";
    } else if (lower.startsWith("en")) candidate = "en";
    if (candidate && available.includes(candidate)) return candidate;
  }
  return null;
}
