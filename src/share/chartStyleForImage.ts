import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The site's chart rules (`.chart …` in charts.css, variables from base.css) with the CSS variables resolved,
 * as a stand-alone <style> for an SVG drawn outside the page (preview images),
 * where neither the page's stylesheet nor custom properties exist.
 */
export function chartStyleForImage(): string {
  const styles = path.join(process.cwd(), "src/styles");
  const base = readFileSync(path.join(styles, "base.css"), "utf8");
  const css = readFileSync(path.join(styles, "charts.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  const root = /:root\s*\{([^}]*)\}/.exec(base)?.[1] ?? "";
  const variables = new Map(
    [...root.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name = "", value = ""]) => [name, value.trim()]),
  );
  const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
    .filter(([, selector = ""]) =>
      selector
        .trim()
        .split(",")
        .every((part) => part.trim().startsWith(".chart")),
    )
    .map(
      ([, selector = "", body = ""]) =>
        `${selector.trim()}{${body.replace(/var\((--[\w-]+)\)/g, (_, name: string) => variables.get(name) ?? "")}}`,
    );
  // resvg reads only the comma form of rgb() with alpha.
  return rules
    .join("")
    .replace(
      /rgb\((\d+) (\d+) (\d+) \/ (\d+)%\)/g,
      (_, r: string, g: string, b: string, a: string) => `rgba(${r}, ${g}, ${b}, ${Number(a) / 100})`,
    );
}
