import { z } from "zod";

/** Text in each edition's language, keyed by locale code; the Traditional Chinese text is required. */
export const localizedText = z
  .object({
    "zh-hant": z.string().min(1),
  })
  .catchall(z.string().min(1));

export type LocalizedText = z.infer<typeof localizedText>;
