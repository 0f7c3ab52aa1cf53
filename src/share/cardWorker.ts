/**
 * A worker thread that draws preview cards (see renderCards): satori and resvg are CPU-bound and
 * synchronous in parts, so cards render on every core at once instead of one after another.
 */
import { parentPort } from "node:worker_threads";
import { chartStyleSheet } from "./chartStyleSheet.ts";
import { renderCard, type CardContent } from "./renderCard.ts";

const rules = chartStyleSheet();

parentPort?.on("message", async ({ id, content }: { id: number; content: CardContent }) => {
  try {
    parentPort?.postMessage({ id, png: await renderCard(content, rules) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
