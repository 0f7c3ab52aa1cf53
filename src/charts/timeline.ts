import { scaleLinear } from "d3-scale";
import { select } from "d3-selection";
import { animateWith, fadeOut } from "./animateWith.ts";
import type { Chart, Size } from "./chartTypes.ts";
import { keyOf } from "./keyOf.ts";
import { layers } from "./layer.ts";
import { textWidth, wrapText } from "./textWidth.ts";

export interface TimelineEvent {
  id: string;
  /** Position on the axis as a fractional year. */
  at: number;
  /** The date as the edition writes it (1983年10月12日). */
  dateLabel: string;
  title: string;
}

export interface TimelineData {
  events: TimelineEvent[];
}

export interface TimelineState {
  /** First and last year on the axis: the window the reader looks through. */
  from: number;
  to: number;
  /** Events up to this year are shown; the band from `from` to here is filled. */
  upTo: number;
  /** The event called out with its date and title. */
  focus?: string | undefined;
}

interface EventMark {
  id: string;
  x: number;
  r: number;
  visible: boolean;
  focused: boolean;
}

interface Callout {
  id: string;
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  date: string;
  lines: string[];
  dotY: number;
}

export interface TimelineScene {
  size: Size;
  axisY: number;
  fontSize: number;
  band: { x1: number; x2: number };
  ticks: { year: number; x: number }[];
  events: EventMark[];
  callout: Callout | null;
}

/** Whether an event is on the timeline in a state: inside the window and not after `upTo`'s year. */
export function isShown(event: TimelineEvent, state: TimelineState): boolean {
  return event.at >= state.from && event.at <= state.to && event.at < state.upTo + 1;
}

/** Pure layout: where every mark of the timeline goes for a state at a size. */
export function layoutTimeline(data: TimelineData, state: TimelineState, size: Size): TimelineScene {
  const { width, height } = size;
  const narrow = width < 480;
  const fontSize = narrow ? 14 : 16;
  const margin = { left: 24, right: 24 };
  const x = scaleLinear()
    .domain([state.from, state.to])
    .range([margin.left, width - margin.right]);
  const axisY = Math.round(height * 0.68);
  const clampX = (value: number) => Math.max(margin.left, Math.min(width - margin.right, x(value)));
  const ticks = x
    .ticks(narrow ? 4 : 7)
    .filter(Number.isInteger)
    .map((year) => ({ year, x: x(year) }));
  const events = data.events.map((event) => {
    const focused = event.id === state.focus;
    return {
      id: event.id,
      x: clampX(event.at),
      r: focused ? 9 : 6,
      visible: isShown(event, state),
      focused,
    };
  });
  const focusEvent = data.events.find((event) => event.id === state.focus);
  let callout: Callout | null = null;
  if (focusEvent) {
    const fx = clampX(focusEvent.at);
    const maxWidth = Math.min(width - margin.left - margin.right, narrow ? 220 : 280);
    const lines = wrapText(focusEvent.title, fontSize + 4, maxWidth);
    const blockWidth = Math.max(
      textWidth(focusEvent.dateLabel, fontSize),
      ...lines.map((line) => textWidth(line, fontSize + 4)),
    );
    const anchor =
      fx - blockWidth / 2 < margin.left ? "start" : fx + blockWidth / 2 > width - margin.right ? "end" : "middle";
    const textX = anchor === "start" ? margin.left : anchor === "end" ? width - margin.right : fx;
    const lineHeight = (fontSize + 4) * 1.3;
    callout = {
      id: focusEvent.id,
      x: textX,
      y: axisY - 36 - lines.length * lineHeight - fontSize * 1.4,
      anchor,
      date: focusEvent.dateLabel,
      lines,
      dotY: axisY,
    };
  }
  return {
    size,
    axisY,
    fontSize,
    band: { x1: x(state.from), x2: clampX(Math.min(state.upTo, state.to)) },
    ticks,
    events,
    callout,
  };
}

function drawScene(svgElement: SVGSVGElement, scene: TimelineScene, animate: boolean): void {
  const svg = select(svgElement);
  const { width, height } = scene.size;
  svg.attr("viewBox", `0 0 ${width} ${height}`).attr("class", "chart chart-timeline");
  const layer = layers(svgElement, ["axis", "marks", "labels"]);

  const axis = layer.axis
    .selectAll<SVGLineElement, null>("line.axis")
    .data([null])
    .join("line")
    .attr("class", "axis")
    .attr("x1", 0)
    .attr("x2", width);
  animateWith(axis, animate, (t) => t.attr("y1", scene.axisY).attr("y2", scene.axisY));

  const band = layer.axis.selectAll<SVGLineElement, null>("line.band").data([null]).join("line").attr("class", "band");
  animateWith(band, animate, (t) =>
    t.attr("x1", scene.band.x1).attr("x2", scene.band.x2).attr("y1", scene.axisY).attr("y2", scene.axisY),
  );

  const ticks = layer.axis
    .selectAll<SVGGElement, { year: number; x: number }>("g.tick")
    .data(
      scene.ticks,
      keyOf((d) => String(d.year)),
    )
    .join((enter) => {
      const g = enter.append("g").attr("class", "tick").attr("opacity", 0);
      g.attr("transform", (d) => `translate(${d.x},${scene.axisY})`);
      g.append("line").attr("y1", 0).attr("y2", 6);
      g.append("text").attr("y", 24).attr("text-anchor", "middle");
      return g;
    })
    .attr("data-key", (d) => String(d.year));
  ticks
    .select("text")
    .attr("font-size", scene.fontSize - 1)
    .text((d) => String(d.year));
  animateWith(ticks, animate, (t) => t.attr("transform", (d) => `translate(${d.x},${scene.axisY})`).attr("opacity", 1));

  const events = layer.marks
    .selectAll<SVGCircleElement, EventMark>("circle.event")
    .data(
      scene.events,
      keyOf((d) => d.id),
    )
    .join((enter) => enter.append("circle").attr("class", "event").attr("cy", scene.axisY).attr("r", 0))
    .attr("data-key", (d) => d.id)
    .classed("is-focus", (d) => d.focused);
  animateWith(events, animate, (t) =>
    t
      .attr("cx", (d) => d.x)
      .attr("cy", scene.axisY)
      .attr("r", (d) => (d.visible ? d.r : 0))
      .attr("opacity", (d) => (d.visible ? 1 : 0)),
  );

  const callouts = layer.labels
    .selectAll<SVGGElement, Callout>("g.callout")
    .data(
      scene.callout ? [scene.callout] : [],
      keyOf((d) => d.id),
    )
    .join(
      (enter) => enter.append("g").attr("class", "callout").attr("opacity", 0),
      (update) => update,
      (exit) => fadeOut(exit, animate),
    )
    .attr("data-key", (d) => d.id);
  callouts.each(function (d) {
    const g = select(this);
    g.selectAll("*").remove();
    g.append("line")
      .attr("class", "leader")
      .attr("x1", d.anchor === "middle" ? d.x : d.anchor === "start" ? d.x + 4 : d.x - 4)
      .attr("x2", d.anchor === "middle" ? d.x : d.anchor === "start" ? d.x + 4 : d.x - 4)
      .attr("y1", d.y + 8 + d.lines.length * (scene.fontSize + 4) * 1.3)
      .attr("y2", d.dotY - 14);
    g.append("text")
      .attr("class", "callout-date")
      .attr("x", d.x)
      .attr("y", d.y)
      .attr("text-anchor", d.anchor)
      .attr("font-size", scene.fontSize)
      .text(d.date);
    d.lines.forEach((line, index) => {
      g.append("text")
        .attr("class", "callout-title")
        .attr("x", d.x)
        .attr("y", d.y + (index + 1) * (scene.fontSize + 4) * 1.3)
        .attr("text-anchor", d.anchor)
        .attr("font-size", scene.fontSize + 4)
        .text(line);
    });
  });
  animateWith(callouts, animate, (t) => t.attr("opacity", 1));
}

export const timeline: Chart<TimelineData, TimelineState> = {
  draw(svg, data, state, size, options) {
    drawScene(svg, layoutTimeline(data, state, size), options.animate);
  },
};
