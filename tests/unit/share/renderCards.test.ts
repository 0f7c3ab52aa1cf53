import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import type { CardContent } from "../../../src/share/renderCard.ts";
import { renderCards } from "../../../src/share/renderCards.ts";

const card = (title: string): CardContent => ({
  locale: "en",
  header: "Longgang",
  kicker: "Chapter 1",
  title,
  summary: "A test card.",
  figure: {
    kind: "chart",
    candidates: ['<svg class="chart" viewBox="0 0 10 10"><rect class="unit" width="10" height="10"/></svg>'],
  },
});

describe("renderCards", () => {
  it("draws cards on worker threads, then reads unchanged ones from the cache and drops unused files", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "cards-"));
    writeFileSync(path.join(folder, "stale.png"), "");
    const cards = new Map([
      ["a", card("One")],
      ["b", card("Two")],
    ]);
    const first = await renderCards(cards, folder);
    expect([first.drawn, first.cached]).toEqual([2, 0]);
    expect(first.threads).toBeGreaterThanOrEqual(1);
    expect(PNG.sync.read(first.images.get("a") ?? Buffer.alloc(0)).width).toBe(1200);
    expect(first.images.get("a")?.equals(first.images.get("b") ?? Buffer.alloc(0))).toBe(false);
    expect(readdirSync(folder)).toHaveLength(2);

    const again = await renderCards(new Map([["a", card("One")]]), folder);
    expect([again.drawn, again.cached]).toEqual([0, 1]);
    expect(again.images.get("a")?.equals(first.images.get("a") ?? Buffer.alloc(0))).toBe(true);
    expect(readdirSync(folder)).toHaveLength(1);
  }, 60_000);

  it("fails with the card's title when a card cannot be drawn", async () => {
    const broken = {
      ...card("Broken"),
      figure: { kind: "chart" as const, candidates: ["<svg viewBox='0 0 0 0'></svg>"] },
    };
    await expect(renderCards(new Map([["x", broken]]), mkdtempSync(path.join(tmpdir(), "cards-")))).rejects.toThrow(
      /Preview card "Broken" could not be drawn/,
    );
  }, 60_000);
});
