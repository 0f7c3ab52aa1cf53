import { ticks as niceTicks } from "d3";
import type { Size } from "../chartTypes.ts";
import { circleMark } from "../kit/circleMark.ts";
import type { Layer } from "../kit/layers.ts";
import { defineChart } from "../kit/defineChart.ts";
import { pathMark } from "../kit/pathMark.ts";
import { textMark } from "../kit/textMark.ts";
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
  /** How much higher the callout would need to start to fit above its dot. */
  shortfall: number;
  /** The leader runs straight down from the block to the top of the event's own dot. */
  leader: { x: number; y1: number; y2: number };
}

export interface TimelineScene {
  size: Size;
  shortfall: number;
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
  const wanted = dotTop - fontSize * 1.6 - belowDate;
  const top = Math.max(fontSize, wanted);
  const bottom = top + belowDate;
  return {
    id: event.id,
    shortfall: Math.max(0, top - wanted),
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
  const callout = focusEvent ? layoutCallout(focusEvent, axis.clampX(focusEvent.at), axisY - focusRadius, size) : null;
  return {
    size,
    shortfall: Math.max(callout?.shortfall ?? 0, axisY + fontSize * 2.2 - height),
    axisY,
    tickSize: fontSize,
    titleSize: fontSize * 1.25,
    band: { x1: axis.x(state.from), x2: axis.clampX(Math.min(state.upTo, state.to)) },
    ticks: axis.ticks,
    events,
    callout,
  };
}

function axisMarks(root: Layer, scene: TimelineScene, animate: boolean): void {
  const { axisY, tickSize } = scene;
  const f = (value: number) => value.toFixed(1);
  pathMark(
    root,
    [
      { id: "axis", d: `M0,${axisY}H${scene.size.width}`, classes: ["is-axis"] },
      { id: "band", d: `M${f(scene.band.x1)},${axisY}H${f(scene.band.x2)}`, classes: ["is-band"] },
    ],
    "axis-line",
    animate,
  );
  const tickId = (tick: { year: number }) => `year-${tick.year}`;
  pathMark(
    root,
    scene.ticks.map((tick) => ({ id: tickId(tick), d: `M${f(tick.x)},${axisY}v${f(tickSize * 0.4)}` })),
    "tick",
    animate,
  );
  textMark(
    root,
    scene.ticks.map((tick) => ({
      id: tickId(tick),
      x: tick.x,
      y: axisY + tickSize * 1.45,
      lines: [String(tick.year)],
      size: tickSize,
      anchor: "middle" as const,
    })),
    "tick-label",
    animate,
  );
}

function eventMarks(root: Layer, scene: TimelineScene, animate: boolean): void {
  circleMark(
    root,
    scene.events.map((event) => ({
      id: event.id,
      cx: event.x,
      cy: scene.axisY,
      r: event.visible ? event.r : 0,
      opacity: event.visible ? 1 : 0,
      classes: [event.focused && "is-focus"],
    })),
    "event",
    animate,
  );
}

function calloutMarks(root: Layer, scene: TimelineScene, animate: boolean): void {
  const callouts = scene.callout ? [scene.callout] : [];
  const f = (value: number) => value.toFixed(1);
  pathMark(
    root,
    callouts.map((d) => ({ id: d.id, d: `M${f(d.leader.x)},${f(d.leader.y1)}V${f(d.leader.y2)}` })),
    "leader",
    animate,
  );
  textMark(
    root,
    callouts.map((d) => ({ id: d.id, x: d.x, y: d.top, lines: [d.date], size: scene.tickSize, anchor: d.anchor })),
    "callout-date",
    animate,
  );
  textMark(
    root,
    callouts.map((d) => ({
      id: d.id,
      x: d.x,
      y: d.titleTop,
      lines: d.lines,
      size: scene.titleSize,
      lineHeight: d.lineHeight,
      anchor: d.anchor,
    })),
    "callout-title",
    animate,
  );
}

/** The timeline chart: a year axis, a dot per event shown, and the focused event called out. */
export const chart = defineChart("timeline", layoutTimeline, [axisMarks, eventMarks, calloutMarks]);
