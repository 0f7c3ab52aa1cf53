import { z } from "zod";

/** Traditional Chinese, as the zh-hant edition prints it (and the source of the Simplified text). */
const traditional = z.string().min(1, "write the Traditional Chinese text");
/** English, as the en edition prints it. */
const english = z.string().min(1, "write the English text");

/**
 * Text in each hand-written edition's language. The Simplified edition is never written by hand:
 * it is converted from "zh-hant" at build time, so a "zh-hans" key is refused.
 */
export const localizedText = z.strictObject({ "zh-hant": traditional, en: english.optional() });

/** Localized text that must exist in every hand-written edition: a missing "en" fails with its file and line. */
export const editionText = z.strictObject({ "zh-hant": traditional, en: english });

export type LocalizedText = z.infer<typeof localizedText>;
