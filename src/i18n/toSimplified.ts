import * as OpenCC from "opencc-js";
import { simplifiedFixes } from "./simplifiedFixes.ts";

/**
 * Character conversion only: Taiwan-standard variants → mainland Simplified. Not `twp`, whose
 * Taiwan phrase table rewrites words this text never used in the Taiwan sense (一號文件 → 一号文档).
 */
const convert = OpenCC.Converter({ from: "tw", to: "cn" });

/** Private-use characters that OpenCC leaves alone, to hold a fixed word's place during conversion. */
const placeholder = (index: number) => `\uE000${String.fromCharCode(0xe100 + index)}\uE001`;

/**
 * Traditional Chinese → mainland Simplified, character by character (OpenCC tw → cn),
 * with the words in `simplifiedFixes` written as a mainland reader expects them.
 * Build-time only: OpenCC's dictionaries never reach the browser. Call it through
 * `forEdition`, the one place an edition's text is made.
 */
export function toSimplified(text: string): string {
  let protectedText = text;
  simplifiedFixes.forEach(([traditional], index) => {
    protectedText = protectedText.split(traditional).join(placeholder(index));
  });
  let result = convert(protectedText);
  simplifiedFixes.forEach(([, simplified], index) => {
    result = result.split(placeholder(index)).join(simplified);
  });
  return result;
}
