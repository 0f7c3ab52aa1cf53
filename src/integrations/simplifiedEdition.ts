import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AstroIntegration } from "astro";
import { forEdition } from "../i18n/forEdition.ts";

const traditionalDir = "content/chapters/zh-hant";
const simplifiedDir = "content/chapters/zh-hans";
/** The teacher's guide and worksheet, converted the same way. */
const teachDirs = { from: "content/teach/zh-hant", to: "content/teach/zh-hans" };

/**
 * Writes the Simplified edition's chapters from the Traditional ones (through the edition
 * boundary, `forEdition`), so the two editions can never drift apart. The output folder is
 * generated, git-ignored and rewritten on every build.
 */
export function generateSimplifiedChapters(root: string, dirs = { from: traditionalDir, to: simplifiedDir }): string[] {
  const from = path.join(root, dirs.from);
  const to = path.join(root, dirs.to);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const files = readdirSync(from).filter((file) => file.endsWith(".mdx"));
  for (const file of files) {
    writeFileSync(path.join(to, file), forEdition(readFileSync(path.join(from, file), "utf8"), "zh-hans"));
  }
  return files;
}

/** The Astro integration: generate before the content is read, and again when a chapter changes in dev. */
export function simplifiedEdition(): AstroIntegration {
  return {
    name: "simplified-edition",
    hooks: {
      "astro:config:setup": ({ config, logger }) => {
        const root = path.resolve(new URL(config.root).pathname);
        const files = generateSimplifiedChapters(root);
        logger.info(`generated ${files.length} Simplified chapters in ${simplifiedDir}/`);
        const teachFiles = generateSimplifiedChapters(root, teachDirs);
        logger.info(`generated ${teachFiles.length} Simplified teacher's pages in ${teachDirs.to}/`);
      },
      "astro:server:setup": ({ server, logger }) => {
        server.watcher.on("change", (file) => {
          if (!file.includes(`${path.sep}zh-hant${path.sep}`) || !file.endsWith(".mdx")) return;
          generateSimplifiedChapters(process.cwd());
          generateSimplifiedChapters(process.cwd(), teachDirs);
          logger.info(`regenerated the Simplified edition after a change to ${path.basename(file)}`);
        });
      },
    },
  };
}
