import { ticks as niceTicks } from "d3";
import type { Chart, Size } from "../chartTypes.ts";
import { joinMarks } from "../kit/join.ts";
import { layers, type Layer } from "../kit/layers.ts";
import { textLines } from "../kit/textLines.ts";
import { textWidth } from "../kit/textWidth.ts";
import { wrapText } from "../kit/wrapText.ts";

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

export interface Callout {
  id: string;
  /** The text block's anchor point: the date's baseline at `x`, the title's first baseline at `titleTop`. */
  x: number;
  top: number;
  titleTop: number;
  lineHeight: number;
  anchor: "start" | "middle" | "end";
  /** The block's left and right edges, for checks and the leader. */
  left: number;
  right: number;
  date: string;
  lines: string[];
  /** The leader runs straight down from the block to the top of the event's own dot. */
  leader: { x: number; y1: number; y2: number };
}

export interface TimelineScene {
  size: Size;
  axisY: number;
  tickSize: number;
  titleSize: number;
  band: { x1: number; x2: number };
  ticks: { year: number; x: number }[];
  events: EventMark[];
  callout: Callout | null;
}

/** Whether an event is on the timeline in a state: inside the window and not after `upTo`'s year. */
export function isShown(event: TimelineEvent, state: TimelineState): boolean {
  return event.at >= state.from && event.at <= state.to && event.at < state.upTo + 1;
}

/** The year axis: position of a year, and as many round years as fit their labels side by side. */
function yearAxis(state: TimelineState, size: Size) {
  const labelWidth = textWidth("0000", size.fontSize);
  const left = labelWidth / 2 + 4;
  const right = size.width - labelWidth / 2 - 4;
  const x = (year: number) => left + ((year - state.from) / (state.to - state.from)) * (right - left);
  const clampX = (year: number) => Math.max(left, Math.min(right, x(year)));
  const count = Math.max(2, Math.floor((right - left) / (labelWidth * 2)));
  const ticks = niceTicks(state.from, state.to, count)
    .filter(Number.isInteger)
    .map((year) => ({ year, x: x(year) }));
  return { left, right, x, clampX, ticks };
}

/** The focused event's date and title, set above the axis beside its dot, its leader pointing at the dot. */
function layoutCallout(event: TimelineEvent, dotX: number, dotTop: number, size: Size): Callout {
  const { width, fontSize } = size;
  const titleSize = fontSize * 1.25;
  const lineHeight = titleSize * 1.25;
  const edge = 2;
  const maxWidth = Math.min(width - 2 * edge, Math.max(fontSize * 14, width * 0.45));
  const lines = wrapText(event.title, titleSize, maxWidth, "bold");
  const blockWidth = Math.max(
    textWidth(event.dateLabel, fontSize, "bold"),
    ...lines.map((line) => textWidth(line, titleSize, "bold")),
  );
  const left = Math.max(edge, Math.min(width - edge - blockWidth, dotX - blockWidth / 2));
  const anchor = left === edge ? "start" : left + blockWidth === width - edge ? "end" : "middle";
  const x = anchor === "start" ? left : anchor === "end" ? left + blockWidth : dotX;
  // Date on the first line, the title's lines under it; the block ends a leader's length above the dot.
  const titleGap = fontSize * 0.3 + lineHeight;
  const belowDate = titleGap + (lines.length - 1) * lineHeight + titleSize * 0.3;
  const top = Math.max(fontSize, dotTop - fontSize * 1.6 - belowDate);
  const bottom = top + belowDate;
  return {
    id: event.id,
    x,
    top,
    titleTop: top + titleGap,
    lineHeight,
    anchor,
    left,
    right: left + blockWidth,
    date: event.dateLabel,
    lines,
    leader: { x: dotX, y1: Math.min(bottom + 3, dotTop - 3), y2: dotTop - 3 },
  };
}

/** Pure layout: where every mark of the timeline goes for a state at a size. */
export function layoutTimeline(data: TimelineData, state: TimelineState, size: Size): TimelineScene {
  const { height, fontSize } = size;
  const axis = yearAxis(state, size);
  // The axis sits low, leaving room under it for the year labels and above it for the callout.
  const axisY = Math.max(fontSize * 6, Math.min(height * 0.68, height - fontSize * 2.2));
  const focusRadius = fontSize * 0.6;
  const events = data.events.map((event) => {
    const focused = event.id === state.focus;
    return {
      id: event.id,
      x: axis.clampX(event.at),
      r: focused ? focusRadius : fontSize * 0.4,
      visible: isShown(event, state),
      focused,
    };
  });
  const focusEvent = data.events.find((event) => event.id === state.focus);
  return {
    size,
    axisY,
    tickSize: fontSize,
    titleSize: fontSize * 1.25,
    band: { x1: axis.x(state.from), x2: axis.clampX(Math.min(state.upTo, state.to)) },
    ticks: axis.ticks,
    events,
    callout: focusEvent ? layoutCallout(focusEvent, axis.clampX(focusEvent.at), axisY - focusRadius, size) : null,
  };
}

function axisMarks(layer: Layer, scene: TimelineScene, animate: boolean): void {
  const { axisY } = scene;
  joinMarks<SVGPathElement, string, SVGGElement, unknown>(layer, ["axis", "band"], {
    tag: "path",
    className: "axis-line",
    key: (d) => d,
    modifiers: (d) => [`is-${d}`],
    animate,
  }).attr("d", (d) =>
    d === "axis"
      ? `M0,${axisY}H${scene.size.width}`
      : `M${scene.band.x1.toFixed(1)},${axisY}H${scene.band.x2.toFixed(1)}`,
  );
  const ticks = joinMarks<SVGGElement, TimelineScene["ticks"][number], SVGGElement, unknown>(layer, scene.ticks, {
    tag: "g",
    className: "tick",
    key: (d) => String(d.year),
    animate,
    enter: (entering) => {
      entering.append("path");
      entering.append("text").attr("text-anchor", "middle");
    },
  }).attr("transform", (d) => `translate(${d.x.toFixed(1)},${axisY})`);
  ticks.select("path").attr("d", `M0,0V${(scene.tickSize * 0.4).toFixed(1)}`);
  ticks
    .select("text")
    .attr("y", (scene.tickSize * 1.45).toFixed(1))
    .attr("font-size", scene.tickSize)
    .text((d) => String(d.year));
}

function eventMarks(layer: Layer, scene: TimelineScene, animate: boolean): void {
  joinMarks<SVGCircleElement, EventMark, SVGGElement, unknown>(layer, scene.events, {
    tag: "circle",
    className: "event",
    key: (d) => d.id,
    modifiers: (d) => [d.focused && "is-focus"],
    animate,
  })
    .attr("cx", (d) => d.x.toFixed(1))
    .attr("cy", scene.axisY)
    .attr("r", (d) => (d.visible ? d.r : 0).toFixed(1))
    .attr("opacity", (d) => (d.visible ? 1 : 0));
}

function calloutMarks(layer: Layer, scene: TimelineScene, animate: boolean): void {
  const { tickSize: fontSize, titleSize } = scene;
  const callouts = joinMarks<SVGGElement, Callout, SVGGElement, unknown>(layer, scene.callout ? [scene.callout] : [], {
    tag: "g",
    className: "callout",
    key: (d) => d.id,
    animate,
    enter: (entering) => {
      entering.append("path").attr("class", "leader");
      entering.append("text").attr("class", "callout-date");
      entering.append("text").attr("class", "callout-title");
    },
  });
  callouts
    .select("path")
    .attr("d", (d) => `M${d.leader.x.toFixed(1)},${d.leader.y1.toFixed(1)}V${d.leader.y2.toFixed(1)}`);
  callouts
    .select("text.callout-date")
    .attr("transform", (d) => `translate(${d.x.toFixed(1)},${d.top.toFixed(1)})`)
    .attr("text-anchor", (d) => d.anchor)
    .attr("font-size", fontSize)
    .text((d) => d.date);
  const titles = callouts
    .select<SVGTextElement>("text.callout-title")
    .attr("transform", (d) => `translate(${d.x.toFixed(1)},${d.titleTop.toFixed(1)})`)
    .attr("text-anchor", (d) => d.anchor)
    .attr("font-size", titleSize.toFixed(1));
  textLines(titles, (d) => d.lines, scene.callout?.lineHeight ?? titleSize);
}

/** The timeline chart: a year axis, a dot per event shown, and the focused event called out. */
export const chart: Chart<TimelineData, TimelineState> = {
  draw(svg, data, state, size, { animate }) {
    const scene = layoutTimeline(data, state, size);
    const layer = layers(svg, { name: "timeline", size, animate }, ["axis", "marks", "labels"]);
    axisMarks(layer.axis, scene, animate);
    eventMarks(layer.marks, scene, animate);
    calloutMarks(layer.labels, scene, animate);
  },
};
