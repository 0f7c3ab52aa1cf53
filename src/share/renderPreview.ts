import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import type { Locale } from "../i18n/locales.ts";
import { chartStyleForImage } from "./chartStyleForImage.ts";
import { fontsForText } from "./fontsForText.ts";
import { previewSize } from "./previewPath.ts";

export interface PreviewContent {
  locale: Locale;
  siteTitle: string;
  kicker: string;
  title: string;
  summary: string;
  /** The chapter's signature chart as static SVG markup, or null for a cover. */
  chartSvg: string | null;
}

const colours = { paper: "#fbfaf7", ink: "#1f1d1a", muted: "#58534b", river: "#1f5f8b", accent: "#b1361e" };

/** The chart without its labels (they would need system fonts to draw) and with its colours inlined. */
function chartImage(svg: string): string {
  const styled = svg
    .replace(/<text[\s\S]*?<\/text>/g, "")
    .replace(/<svg([^>]*)>/, `<svg xmlns="http://www.w3.org/2000/svg"$1><style>${chartStyleForImage()}</style>`);
  return `data:image/svg+xml;base64,${Buffer.from(styled).toString("base64")}`;
}

type Node = { type: string; props: Record<string, unknown> };
const box = (style: Record<string, unknown>, children: (Node | string)[] | Node | string): Node => ({
  type: "div",
  props: { style: { display: "flex", ...style }, children },
});

/** A 1200×630 PNG preview card in the site's style and the page's language, rendered at build time. */
export async function renderPreview(content: PreviewContent): Promise<Buffer> {
  const text = `${content.siteTitle}${content.kicker}${content.title}${content.summary}`;
  const fonts = [...fontsForText(text, content.locale, 400), ...fontsForText(text, content.locale, 700)];
  const textColumn = box(
    { flexDirection: "column", flex: 1, padding: "64px 48px 56px 72px", justifyContent: "space-between" },
    [
      box({ fontSize: 26, fontWeight: 700, color: colours.river }, content.siteTitle),
      box({ flexDirection: "column" }, [
        box({ fontSize: 26, fontWeight: 700, color: colours.accent, marginBottom: 12 }, content.kicker),
        box(
          { fontSize: content.title.length > 24 ? 52 : 64, fontWeight: 700, color: colours.ink, lineHeight: 1.2 },
          content.title,
        ),
        box({ fontSize: 26, color: colours.muted, marginTop: 20, lineHeight: 1.45 }, content.summary),
      ]),
    ],
  );
  const children: Node[] = [textColumn];
  if (content.chartSvg)
    children.push(
      box(
        { width: 480, alignItems: "center", justifyContent: "center", padding: "48px 40px 48px 0" },
        {
          type: "img",
          props: { src: chartImage(content.chartSvg), width: 440, height: 302 },
        },
      ),
    );
  const root = box(
    { width: "100%", height: "100%", background: colours.paper, borderBottom: `16px solid ${colours.accent}` },
    children,
  );
  const svg = await satori(root as Parameters<typeof satori>[0], { ...previewSize, fonts });
  return new Resvg(svg, { fitTo: { mode: "width", value: previewSize.width }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
}
