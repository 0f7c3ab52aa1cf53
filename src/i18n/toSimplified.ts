import * as OpenCC from "opencc-js";
import { simplifiedExceptions } from "./simplifiedExceptions.ts";

const convert = OpenCC.Converter({ from: "twp", to: "cn" });

/** Private-use characters that OpenCC leaves alone, to hold an exception's place during conversion. */
const placeholder = (index: number) => `\uE000${String.fromCharCode(0xe100 + index)}\uE001`;

/**
 * Traditional Chinese → mainland Simplified with phrase conversion (OpenCC twp → cn),
 * except for the phrases in `simplifiedExceptions`, which keep their listed form.
 * Build-time only: OpenCC's dictionaries never reach the browser.
 */
export function toSimplified(text: string): string {
  let protectedText = text;
  simplifiedExceptions.forEach(([traditional], index) => {
    protectedText = protectedText.split(traditional).join(placeholder(index));
  });
  let result = convert(protectedText);
  simplifiedExceptions.forEach(([, simplified], index) => {
    result = result.split(placeholder(index)).join(simplified);
  });
  return result;
}
