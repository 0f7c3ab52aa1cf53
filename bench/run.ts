/**
 * `npm run bench [-- filter]`: performance figures for the built site, outside the tests.
 *
 * 1. Lighthouse (mobile profile: a mid-range phone on slow 4G, simulated) on the covers and every
 *    chapter: performance, accessibility, best-practices and SEO scores, with LCP, TBT and CLS.
 * 2. A scroll run in chromium at 4× CPU throttling: each chapter scrolled through from top to
 *    bottom at 800 px/s by a scroll gesture through the input pipeline (CDP
 *    Input.synthesizeScrollGesture), right after the page's load event, counting long tasks
 *    (> 50 ms) and frames slower than 33 ms from the gesture's start. The goal is 0 long tasks
 *    and at most 2% slow frames.
 *
 * Prints a table with the machine and its load (the timings depend on both) and writes
 * bench/results/latest.json. Needs a build (`npm run build`) and chromium (CHROME_PATH, else
 * CHROMIUM_PATH, else /usr/bin/chromium). `npm run bench -- lean` measures only pages whose path
 * holds "lean"; `SCROLL_ONLY=1` skips Lighthouse.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { distPages } from "../tests/dist/distPages.ts";
import { serveDist } from "../tests/browser/serveDist.ts";

if (!existsSync("dist/index.html")) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const filter = process.argv[2];
const scrollOnly = process.env.SCROLL_ONLY === "1";
/** Scroll speed, px per second: a steady reader skimming. */
const speed = 800;
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}`;
const load = () => loadavg()[0]?.toFixed(1) ?? "?";
const loadAtStart = load();
/** The covers and the chapters (not the printable handout). */
const pages = distPages().filter(
  ({ path, chapter }) => (chapter || path.split("/").length <= 2) && (!filter || path.includes(filter)),
);
const flags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"];

interface Row {
  page: string;
  performance?: number;
  accessibility?: number;
  bestPractices?: number;
  seo?: number;
  lcpMs?: number;
  tbtMs?: number;
  cls?: number;
  scroll?: { frames: number; slowFrames: number; longTasks: number; longTaskMs: number; worstFrameMs: number };
  /** The machine's one-minute load average when the page was measured. */
  load?: string;
}

/** Starts recording frame times and long tasks in the page (read back with `frameFigures`). */
function recordFrames(): void {
  const record = { frames: [] as number[], tasks: [] as number[] };
  (window as unknown as { benchRecord: typeof record }).benchRecord = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.tasks.push(entry.duration);
  }).observe({ type: "longtask" });
  let last = performance.now();
  const frame = (now: number) => {
    record.frames.push(now - last);
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame((now) => {
    last = now;
    requestAnimationFrame(frame);
  });
}

/** What `recordFrames` saw: frames, those slower than 33 ms, long tasks and their time. */
function frameFigures(): NonNullable<Row["scroll"]> {
  const { frames, tasks } = (window as unknown as { benchRecord: { frames: number[]; tasks: number[] } }).benchRecord;
  return {
    frames: frames.length,
    slowFrames: frames.filter((ms) => ms > 33).length,
    longTasks: tasks.length,
    longTaskMs: Math.round(tasks.reduce((sum, ms) => sum + ms, 0)),
    worstFrameMs: Math.round(Math.max(...frames)),
  };
}

const server = await serveDist();
const rows: Row[] = pages.map(({ path }) => ({ page: `/${path}` }));
const rowFor = (path: string) => rows.find((row) => row.page === `/${path}`) as Row;
try {
  const chrome = scrollOnly ? null : await chromeLauncher.launch({ chromePath, chromeFlags: flags });
  try {
    for (const { path } of chrome ? pages : []) {
      const result = await lighthouse(server.url + path, {
        ...(chrome ? { port: chrome.port } : {}),
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for /${path}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
      Object.assign(rowFor(path), {
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        lcpMs: Math.round(value("largest-contentful-paint")),
        tbtMs: Math.round(value("total-blocking-time")),
        cls: Math.round(value("cumulative-layout-shift") * 1000) / 1000,
      });
      console.error(`lighthouse /${path} done`);
    }
  } finally {
    chrome?.kill();
  }

  const browser = await chromium.launch({ executablePath: chromePath, args: flags.slice(1) });
  try {
    for (const row of rows) {
      if (!pages.find((page) => `/${page.path}` === row.page)?.chapter) continue;
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        hasTouch: true,
        isMobile: true,
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.goto(server.url + row.page.slice(1), { waitUntil: "load" });
      row.load = load();
      // Times every frame and long task from now on, while the page may still be loading charts.
      await page.evaluate(recordFrames);
      const distance = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      // A steady scroll, right after load, through the browser's input pipeline (compositor
      // scrolling, scroll events, scrollama's observers), not scrollTo from script. The gesture
      // comes as a wheel: headless chromium does not scroll a synthesized touch gesture at all.
      await cdp.send("Input.synthesizeScrollGesture", {
        x: 195,
        y: 600,
        yDistance: -distance,
        speed,
        gestureSourceType: "mouse",
        repeatCount: 1,
      });
      await page.waitForTimeout(500);
      row.scroll = await page.evaluate(frameFigures);
      const { frames, slowFrames, longTasks } = row.scroll;
      console.error(
        `scroll ${row.page}: ${slowFrames}/${frames} frames > 33 ms, ${longTasks} long tasks (load ${row.load})`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}

const header = [
  "page",
  "perf",
  "a11y",
  "best",
  "seo",
  "LCP ms",
  "TBT ms",
  "CLS",
  "frames",
  ">33ms",
  "% >33ms",
  "long tasks",
  "LT ms",
  "load",
];
const table = rows.map((row) => [
  row.page,
  row.performance ?? "",
  row.accessibility ?? "",
  row.bestPractices ?? "",
  row.seo ?? "",
  row.lcpMs ?? "",
  row.tbtMs ?? "",
  row.cls ?? "",
  row.scroll?.frames ?? "",
  row.scroll?.slowFrames ?? "",
  row.scroll ? ((100 * row.scroll.slowFrames) / Math.max(1, row.scroll.frames)).toFixed(1) : "",
  row.scroll?.longTasks ?? "",
  row.scroll?.longTaskMs ?? "",
  row.load ?? "",
]);
const widths = header.map((title, i) => Math.max(title.length, ...table.map((cells) => String(cells[i]).length)));
const line = (cells: (string | number)[]) =>
  `| ${cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i] ?? 0) : String(cell).padStart(widths[i] ?? 0))).join(" | ")} |`;
console.log(
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; load average ${loadAtStart} at the start, ${load()} at the end (the "load" column: at each scroll run).`,
);
console.log(
  `Scroll: 390×844 at 2× DPR, 4× CPU throttling, a ${speed} px/s scroll gesture right after load. Lighthouse 12, mobile profile.`,
);
console.log(line(header));
console.log(
  `|${widths.map((width, i) => (i === 0 ? `:${"-".repeat(width + 1)}` : `${"-".repeat(width + 1)}:`)).join("|")}|`,
);
for (const cells of table) console.log(line(cells));

mkdirSync("bench/results", { recursive: true });
const report = {
  date: new Date().toISOString(),
  machine,
  loadAverage: { start: loadAtStart, end: load() },
  chromium: chromePath,
  lighthouse: scrollOnly ? null : "mobile profile (simulated slow 4G, 4× CPU), lighthouse 12",
  scroll: `390×844 at 2× DPR, 4× CPU throttling (CDP), a ${speed} px/s scroll gesture (Input.synthesizeScrollGesture) right after load, frames from requestAnimationFrame`,
  rows,
};
writeFileSync("bench/results/latest.json", `${JSON.stringify(report, null, 2)}\n`);
console.log("written bench/results/latest.json");
