import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { isShown, layoutTimeline, timeline } from "../../../src/charts/timeline.ts";
import { renderSvg } from "../../../src/charts/renderSvg.ts";
import { timelineData } from "./fixtures.ts";

const size = { width: 640, height: 440 };

describe("layoutTimeline", () => {
  it("shows only events up to upTo and inside the window", () => {
    const scene = layoutTimeline(timelineData, { from: 1860, to: 2026, upTo: 1983 }, size);
    expect(scene.events.map((event) => event.visible)).toEqual([true, true, false]);
    const zoomed = layoutTimeline(timelineData, { from: 1960, to: 2026, upTo: 2024 }, size);
    expect(zoomed.events.map((event) => event.visible)).toEqual([false, true, true]);
  });

  it("keeps the callout inside the chart at either edge", () => {
    for (const focus of ["ferry", "city"]) {
      const scene = layoutTimeline(
        timelineData,
        { from: 1860, to: 2026, upTo: 2024, focus },
        { width: 360, height: 400 },
      );
      expect(scene.callout).not.toBeNull();
      const callout = scene.callout as NonNullable<typeof scene.callout>;
      expect(callout.anchor).toBe(focus === "ferry" ? "start" : "end");
      expect(callout.x).toBeGreaterThanOrEqual(0);
      expect(callout.x).toBeLessThanOrEqual(360);
      expect(callout.y).toBeGreaterThan(0);
    }
  });

  it("uses fewer ticks on a phone", () => {
    const wide = layoutTimeline(timelineData, { from: 1860, to: 2026, upTo: 2024 }, size);
    const narrow = layoutTimeline(timelineData, { from: 1860, to: 2026, upTo: 2024 }, { width: 360, height: 400 });
    expect(narrow.ticks.length).toBeLessThan(wide.ticks.length);
  });

  it("agrees with isShown", () => {
    const state = { from: 1860, to: 2026, upTo: 1983 };
    expect(timelineData.events.filter((event) => isShown(event, state)).map((event) => event.id)).toEqual([
      "ferry",
      "town",
    ]);
  });
});

describe("timeline render", () => {
  it("renders a labelled SVG with one circle per event and the focus called out", () => {
    const svg = renderSvg(
      timeline,
      timelineData,
      { from: 1860, to: 2026, upTo: 1983, focus: "town" },
      { label: "alt" },
    );
    const { document } = parseHTML(`<div>${svg}</div>`);
    const root = document.querySelector("svg");
    expect(root?.getAttribute("viewBox")).toBe("0 0 640 440");
    expect(root?.getAttribute("aria-label")).toBe("alt");
    expect(document.querySelectorAll("circle.event")).toHaveLength(3);
    expect(document.querySelectorAll("circle.event.is-focus")).toHaveLength(1);
    expect(document.querySelector("circle.is-focus")?.getAttribute("data-key")).toBe("town");
    expect(document.querySelector(".callout-title")?.textContent).toBe("省政府批准建鎮");
    expect(document.querySelector(".callout-date")?.textContent).toBe("1983年10月12日");
  });

  it("is idempotent: drawing the same state twice leaves the same SVG", () => {
    const { document } = parseHTML("<html><body></body></html>");
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg") as unknown as SVGSVGElement;
    const state = { from: 1860, to: 2026, upTo: 2024, focus: "city" };
    timeline.draw(svg, timelineData, state, size, { animate: false });
    const first = svg.outerHTML;
    timeline.draw(svg, timelineData, { ...state, focus: "ferry" }, size, { animate: false });
    timeline.draw(svg, timelineData, state, size, { animate: false });
    expect(svg.outerHTML).toBe(first);
  });
});
