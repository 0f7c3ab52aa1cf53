import { readFileSync } from "node:fs";
import path from "node:path";
import { geoMercator, geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import { z } from "zod";
import { ContentError } from "../data/contentError.ts";
import { requireFact } from "../data/facts.ts";
import { loadJsonRecords } from "../data/loadJsonRecords.ts";
import { localize } from "../i18n/localize.ts";
import { localizedText } from "../schemas/localized.ts";
import type { ChartSpec } from "./chartSpec.ts";
import { locator, type LocatorData, type LocatorState } from "./locator.ts";

const file = "content/data/locator.json";
/** Zhejiang's prefectures from the china-geojson package (MIT). */
const geojsonFile = "node_modules/china-geojson/src/geojson/zhe_jiang_geo.json";

const recordSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("prefecture"),
    /** Stable id that step states name in `view` and `highlight`. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The prefecture's name as china-geojson spells it, to find its outline. */
    geojsonName: z.string().min(1),
    label: localizedText,
  }),
  z.strictObject({
    kind: z.literal("place"),
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** As the source gives them: 27°34′55″N 120°32′56″E. */
    coordinates: z.string().regex(/^\d+°\d+′\d+″N \d+°\d+′\d+″E$/, "write coordinates as 27°34′55″N 120°32′56″E"),
    /** The fact (content/data/facts.json) that gives the coordinates. */
    fact: z.string().min(1),
    label: localizedText,
  }),
]);

const stateSchema = z.strictObject({
  view: z.string().min(1),
  highlight: z.array(z.string()).optional(),
  showPlace: z.boolean().optional(),
});

/** Degrees, minutes, seconds → decimal degrees: [longitude, latitude]. */
export function parseCoordinates(text: string): [number, number] {
  const [latitude = 0, longitude = 0] = [...text.matchAll(/(\d+)°(\d+)′(\d+)″/g)].map(
    ([, degrees = "0", minutes = "0", seconds = "0"]) =>
      Number(degrees) + Number(minutes) / 60 + Number(seconds) / 3600,
  );
  return [longitude, latitude];
}

const records = () => loadJsonRecords("locator.json", recordSchema);

export const locatorSpec: ChartSpec<LocatorData, LocatorState> = {
  chart: locator,
  stateSchema,
  load(locale, facts) {
    const geojson = JSON.parse(readFileSync(path.join(process.cwd(), geojsonFile), "utf8")) as FeatureCollection<
      Geometry,
      { name: string; cp: [number, number] }
    >;
    // Projected once into a 1000-unit box; the chart zooms by transform, so the browser needs no projection code.
    const projection = geoMercator().fitExtent(
      [
        [0, 0],
        [1000, 1000],
      ],
      geojson,
    );
    const toPath = geoPath(projection).digits(1);
    const all = records();
    const regions = all.flatMap((record) => {
      if (record.kind !== "prefecture") return [];
      const feature = geojson.features.find((candidate) => candidate.properties.name === record.geojsonName);
      if (!feature)
        throw new ContentError(file, undefined, `no outline named "${record.geojsonName}" in ${geojsonFile}`);
      const [lx = 0, ly = 0] = projection(feature.properties.cp) ?? [];
      return [
        {
          id: record.id,
          label: localize(record.label, locale),
          path: toPath(feature) ?? "",
          labelAt: [Math.round(lx), Math.round(ly)] as [number, number],
          bounds: toPath.bounds(feature).map((corner) => corner.map(Math.round)) as [
            [number, number],
            [number, number],
          ],
        },
      ];
    });
    const place = all.find((record) => record.kind === "place");
    if (!place || place.kind !== "place") throw new ContentError(file, undefined, 'add a record of kind "place"');
    requireFact(facts, place.fact, file);
    const [px = 0, py = 0] = projection(parseCoordinates(place.coordinates)) ?? [];
    return {
      regions,
      place: { id: place.id, label: localize(place.label, locale), at: [Math.round(px), Math.round(py)] },
    };
  },
  check(data, state) {
    const ids = data.regions.map((region) => region.id);
    if (state.view !== "province" && !ids.includes(state.view))
      return `view "${state.view}" is not "province" or a region in ${file} (${ids.join(", ")})`;
    const unknown = (state.highlight ?? []).filter((id) => !ids.includes(id));
    return unknown.length ? `highlight names unknown regions: ${unknown.join(", ")}` : null;
  },
  describe(data, state, locale) {
    const highlighted = data.regions
      .filter((region) => state.highlight?.includes(region.id))
      .map((region) => region.label);
    const view = data.regions.find((region) => region.id === state.view)?.label;
    if (locale === "en") {
      const frame = state.view === "province" ? "Map of Zhejiang province" : `Map zoomed to ${view}`;
      return `${frame}. ${highlighted.length ? `Highlighted: ${highlighted.join(", ")}. ` : ""}${state.showPlace ? `${data.place.label} is marked with a dot.` : ""}`.trim();
    }
    const frame = state.view === "province" ? "浙江省地圖" : `放大至${view}的地圖`;
    return `${frame}。${highlighted.length ? `突出顯示：${highlighted.join("、")}。` : ""}${state.showPlace ? `圓點標示${data.place.label}的位置。` : ""}`;
  },
  table(data, locale) {
    return {
      columns: locale === "en" ? ["Place", "On the map"] : ["地點", "地圖上"],
      rows: [
        [data.place.label, locale === "en" ? "dot" : "圓點"],
        ...data.regions.map((region) => [region.label, locale === "en" ? "prefecture outline" : "地級市邊界"]),
      ],
    };
  },
  factIds() {
    const place = records().find((record) => record.kind === "place");
    return ["zhejiang-prefectures-map", ...(place && place.kind === "place" ? [place.fact] : [])];
  },
};
