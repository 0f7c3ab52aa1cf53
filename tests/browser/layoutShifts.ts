import type { Page } from "playwright-core";

/** One layout shift: its score, and the elements that moved. */
export interface LayoutShift {
  value: number;
  sources: string[];
}

/**
 * Records the page's layout shifts from its very start: pass it to `page.addInitScript`, which runs it
 * before the page's own scripts on every navigation. Self-contained, as the browser runs its source.
 */
export function recordShifts(): void {
  const shifts: { value: number; sources: string[] }[] = [];
  (window as unknown as { shifts: typeof shifts }).shifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node | null; previousRect?: DOMRectReadOnly; currentRect?: DOMRectReadOnly }[];
    })[]) {
      if (entry.hadRecentInput) continue;
      const sources = (entry.sources ?? []).map((source) => {
        const node = source.node;
        const name = node instanceof Element ? `${node.localName}.${node.className}` : String(node?.nodeName);
        const { previousRect: from, currentRect: to } = source as {
          previousRect?: DOMRectReadOnly;
          currentRect?: DOMRectReadOnly;
        };
        const rect = (box?: DOMRectReadOnly) =>
          box ? `${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}` : "?";
        return `${name} ${rect(from)} → ${rect(to)} at ${Math.round(entry.startTime)} ms`;
      });
      shifts.push({ value: entry.value, sources });
    }
  }).observe({ type: "layout-shift", buffered: true });
}

/**
 * The shifts `recordShifts` has seen on the page and their total (its CLS), read after a frame and a
 * moment more: charts draw in the frame after they start, so late layout shows itself first.
 */
export async function layoutShifts(page: Page): Promise<{ cls: number; shifts: LayoutShift[] }> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
  const shifts = await page.evaluate(() => (window as unknown as { shifts: LayoutShift[] }).shifts);
  return { cls: shifts.reduce((total, shift) => total + shift.value, 0), shifts };
}
