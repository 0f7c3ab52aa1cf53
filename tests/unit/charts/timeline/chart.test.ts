import { describe, expect, it } from "vitest";
import { chart, isShown, layoutTimeline } from "../../../../src/charts/timeline/chart.ts";
import { desktop, drawn, phone, redrawn, timelineData } from "../fixtures.ts";

describe("layoutTimeline", () => {
  it("shows only events up to upTo and inside the window", () => {
    const scene = layoutTimeline(timelineData, { from: 1860, to: 2026, upTo: 1983 }, desktop);
    expect(scene.events.map((event) => event.visible)).toEqual([true, true, false]);
    const zoomed = layoutTimeline(timelineData, { from: 1960, to: 2026, upTo: 2024 }, desktop);
    expect(zoomed.events.map((event) => event.visible)).toEqual([false, true, true]);
  });

  it("keeps the callout inside the chart and its leader on its own dot, at any width", () => {
    for (const width of [260, 340, 640, 1200])
      for (const focus of ["ferry", "town", "city"]) {
        const size = { width, height: 400, fontSize: 15 };
        const scene = layoutTimeline(timelineData, { from: 1860, to: 2026, upTo: 2024, focus }, size);
        const callout = scene.callout;
        if (!callout) throw new Error("no callout");
        const dot = scene.events.find((event) => event.id === focus);
        expect(callout.left).toBeGreaterThanOrEqual(0);
        expect(callout.right).toBeLessThanOrEqual(width);
        expect(callout.leader.x).toBe(dot?.x);
        expect(callout.leader.x).toBeGreaterThanOrEqual(callout.left);
        expect(callout.leader.x).toBeLessThanOrEqual(callout.right);
        expect(callout.leader.y2).toBeLessThan(scene.axisY);
        expect(callout.leader.y1).toBeLessThanOrEqual(callout.leader.y2);
      }
  });

  it("uses fewer ticks where fewer year labels fit", () => {
    const wide = layoutTimeline(timelineData, { from: 1860, to: 2026, upTo: 2024 }, desktop);
    const narrow = layoutTimeline(timelineData, { from: 1860, to: 2026, upTo: 2024 }, phone);
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

describe("timeline draw", () => {
  it("draws one circle per event and the focus called out", () => {
    const svg = drawn(chart, timelineData, { from: 1860, to: 2026, upTo: 1983, focus: "town" });
    expect(svg.getAttribute("viewBox")).toBe("0 0 640 440");
    expect(svg.querySelectorAll("circle.event")).toHaveLength(3);
    expect(svg.querySelector("circle.event.is-focus")?.getAttribute("data-key")).toBe("town");
    expect(svg.querySelector(".callout-title")?.textContent).toBe("省政府批准建鎮");
    expect(svg.querySelector(".callout-date")?.textContent).toBe("1983年10月12日");
  });

  it("is idempotent: drawing the same state twice leaves the same SVG", () => {
    const state = { from: 1860, to: 2026, upTo: 2024, focus: "city" };
    const [before, after] = redrawn(chart, timelineData, state, { ...state, focus: "ferry" });
    expect(after).toBe(before);
  });
});
