import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { cardCacheDir } from "./cardCacheDir.ts";
import type { CardContent } from "./renderCard.ts";

export interface CardRun {
  images: Map<string, Buffer>;
  drawn: number;
  cached: number;
  threads: number;
  milliseconds: number;
}

/** Everything a card's pixels depend on besides its content: the renderer, the page's styles, the fonts. */
function rendererFingerprint(): string {
  const hash = createHash("sha256");
  const shareDir = path.join(process.cwd(), "src/share");
  for (const file of readdirSync(shareDir).sort()) hash.update(file).update(readFileSync(path.join(shareDir, file)));
  const stylesDir = path.join(process.cwd(), "src/styles");
  for (const file of readdirSync(stylesDir).sort()) hash.update(file).update(readFileSync(path.join(stylesDir, file)));
  const renderers = ["satori", "@resvg/resvg-js", "css-tree", "culori", "linkedom", "wawoff2"];
  const fonts = ["@fontsource/noto-sans", "@fontsource/noto-sans-tc", "@fontsource/noto-sans-sc"];
  for (const name of [...renderers, ...fonts])
    hash.update(readFileSync(path.join("node_modules", name, "package.json")));
  return hash.digest("hex");
}

/**
 * Draws every card (keyed by name) on a pool of worker threads, one per core, and keeps each PNG in
 * `folder` under a hash of its content and the renderer: an unchanged card is read back instead of
 * drawn. Files in `folder` that no card uses any more are removed.
 */
export async function renderCards(
  cards: Map<string, CardContent>,
  folder = path.join(cardCacheDir(), "png"),
): Promise<CardRun> {
  const started = performance.now();
  mkdirSync(folder, { recursive: true });
  const fingerprint = rendererFingerprint();
  const fileOf = new Map(
    [...cards].map(([name, content]) => [
      name,
      path.join(
        folder,
        `${createHash("sha256").update(fingerprint).update(JSON.stringify(content)).digest("hex")}.png`,
      ),
    ]),
  );
  const images = new Map<string, Buffer>();
  const toDraw: [string, CardContent][] = [];
  for (const [name, content] of cards) {
    const file = fileOf.get(name) ?? "";
    if (existsSync(file)) images.set(name, readFileSync(file));
    else toDraw.push([name, content]);
  }
  const threads = Math.min(toDraw.length, availableParallelism());
  const workers = Array.from(
    { length: threads },
    () => new Worker(path.join(process.cwd(), "src/share/cardWorker.ts")),
  );
  try {
    let next = 0;
    await Promise.all(
      workers.map(async (worker) => {
        while (next < toDraw.length) {
          const id = next++;
          const [name, content] = toDraw[id] ?? [];
          if (!name || !content) break;
          const png = await drawOn(worker, id, content);
          writeFileSync(fileOf.get(name) ?? "", png);
          images.set(name, png);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  const used = new Set([...fileOf.values()].map((file) => path.basename(file)));
  for (const file of readdirSync(folder)) if (file.endsWith(".png") && !used.has(file)) rmSync(path.join(folder, file));
  return {
    images,
    drawn: toDraw.length,
    cached: cards.size - toDraw.length,
    threads,
    milliseconds: Math.round(performance.now() - started),
  };
}

function drawOn(worker: Worker, id: number, content: CardContent): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { id: number; png?: Uint8Array; error?: string }) => {
      if (message.id !== id) return;
      worker.off("message", onMessage);
      worker.off("error", reject);
      if (message.png) resolve(Buffer.from(message.png));
      else reject(new Error(`Preview card "${content.title}" could not be drawn: ${message.error}`));
    };
    worker.on("message", onMessage);
    worker.on("error", reject);
    worker.postMessage({ id, content });
  });
}
