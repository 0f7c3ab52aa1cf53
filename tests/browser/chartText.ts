/** Chart text as the browser lays it out: its boxes, and where it overlaps or leaves its figure. */
import type { Page } from "playwright-core";

/** The visible text marks of the chart showing a step, with their boxes, and the figure's box. */
export function chartTexts(page: Page, id: string) {
  return page.evaluate((stepId) => {
    const svg = document.getElementById(stepId)?.closest("scrolly-section")?.querySelector(".figure-canvas svg");
    if (!svg) throw new Error(`no chart for #${stepId}`);
    const shown = (element: Element | null): boolean => {
      for (let node = element; node && node !== svg.parentElement; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === "none" || style.visibility === "hidden" || Number(style.opacity) === 0) return false;
      }
      return true;
    };
    const box = (rect: DOMRect) => ({ left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom });
    const texts = [...svg.querySelectorAll("text")]
      .filter((text) => shown(text) && text.textContent?.trim())
      .map((text) => ({
        text: text.textContent ?? "",
        mark: `${text.getAttribute("class")}`,
        lines: [...(text.querySelectorAll("tspan").length ? text.querySelectorAll("tspan") : [text])].map((line) =>
          box(line.getBoundingClientRect()),
        ),
      }));
    return { figure: box(svg.getBoundingClientRect()), texts };
  }, id);
}

type Box = { left: number; right: number; top: number; bottom: number };
const overlap = (a: Box, b: Box, slack = 0.5) =>
  a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;
const outside = (a: Box, frame: Box, slack = 1) =>
  a.left < frame.left - slack ||
  a.right > frame.right + slack ||
  a.top < frame.top - slack ||
  a.bottom > frame.bottom + slack;

/** Chart text that overlaps other chart text or runs outside its figure, one line each. */
export function textClashes(where: string, { figure, texts }: Awaited<ReturnType<typeof chartTexts>>): string[] {
  return texts.flatMap((text, i) => [
    ...text.lines
      .filter((line) => outside(line, figure))
      .map(() => `${where}: "${text.text}" (${text.mark}) runs outside the figure`),
    ...texts
      .slice(i + 1)
      .filter((other) => text.lines.some((line) => other.lines.some((otherLine) => overlap(line, otherLine))))
      .map((other) => `${where}: "${text.text}" (${text.mark}) overlaps "${other.text}" (${other.mark})`),
  ]);
}
