import { readFileSync } from "node:fs";
import path from "node:path";
import { geoMercator, geoPath } from "d3";
import type { FeatureCollection, Geometry } from "geojson";
import { z } from "zod";
import { ContentError } from "../../story/contentError.ts";
import { requireFact } from "../../story/facts.ts";
import { loadJsonRecords } from "../../story/loadJsonRecords.ts";
import { fill } from "../../i18n/fill.ts";
import { localize } from "../../i18n/localize.ts";
import { localizedText } from "../../schemas/localized.ts";
import type { ChartSpec } from "../build/chartSpec.ts";
import { chartStrings } from "../build/chartStrings.ts";
import { commonStrings } from "../build/commonStrings.ts";
import { dataRecord } from "../build/dataRecord.ts";
import { numberFact } from "../build/numberFact.ts";
import { formatFact } from "../../i18n/formatFact.ts";
import { factRef, recordId } from "../build/fields.ts";
import { chart, type LocatorData, type LocatorState } from "./chart.ts";
import { compactPath } from "./compactPath.ts";
import strings from "./strings.json" with { type: "json" };

const file = "content/data/locator.json";

/** Zhejiang's prefectures from the china-geojson package (MIT). */
const geojsonFile = "node_modules/china-geojson/src/geojson/zhe_jiang_geo.json";

/** The ferry crossing's length, which the estuary's sketch writes beside the ferry line. */
const ferryFact = "ferry-crossing-length";

const recordSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("prefecture"),
    /** Stable id that step states name in `view` and `highlight`. */
    id: recordId,
    /** The prefecture's name as china-geojson spells it, to find its outline. */
    geojsonName: z.string().min(1),
    label: localizedText,
  }),
  z.strictObject({
    kind: z.literal("place"),
    id: recordId,
    /** As the source gives them: 27°34′55″N 120°32′56″E. */
    coordinates: z.string().regex(/^\d+°\d+′\d+″N \d+°\d+′\d+″E$/, "write coordinates as 27°34′55″N 120°32′56″E"),
    /** The fact (content/data/facts.json) that gives the coordinates and the place's bank of the river. */
    fact: factRef,
    label: localizedText,
  }),
]);

/** Degrees, minutes, seconds → decimal degrees: [longitude, latitude]. */
export function parseCoordinates(text: string): [number, number] {
  const [latitude = 0, longitude = 0] = [...text.matchAll(/(\d+)°(\d+)′(\d+)″/g)].map(
    ([, degrees = "0", minutes = "0", seconds = "0"]) =>
      Number(degrees) + Number(minutes) / 60 + Number(seconds) / 3600,
  );
  return [longitude, latitude];
}

function loadRecords() {
  const records = loadJsonRecords("locator.json", recordSchema);
  const place = records.find((record) => record.kind === "place");
  if (!place || place.kind !== "place") throw new ContentError(file, undefined, 'add a record of kind "place"');
  return { place, prefectures: records.flatMap((record) => (record.kind === "prefecture" ? [record] : [])) };
}

type Geojson = FeatureCollection<Geometry, { name: string; cp: [number, number] }>;

let geojsonRead: Geojson | undefined;
/** The prefectures' outlines, read once: a package file, which no edit of the story changes. */
const zhejiang = () =>
  (geojsonRead ??= JSON.parse(readFileSync(path.join(process.cwd(), geojsonFile), "utf8")) as Geojson);

export const locatorSpec: ChartSpec<LocatorData, LocatorState> = {
  chart,
  /** A step's `state`, checked when the chapter builds. */
  stateSchema: z.strictObject({
    view: z.string().min(1),
    highlight: z.array(z.string()).optional(),
    showPlace: z.boolean().optional(),
    estuary: z.boolean().optional(),
  }),
  load(locale, facts) {
    const geojson = zhejiang();
    // Projected once into a 2000-unit box (half a unit is under a pixel at the closest zoom); the chart zooms by
    // transform, so the browser needs no projection code.
    const projection = geoMercator().fitExtent(
      [
        [0, 0],
        [2000, 2000],
      ],
      geojson,
    );
    const context = compactPath();
    const outline = geoPath(projection, context);
    const measure = geoPath(projection);
    const { place, prefectures } = loadRecords();
    const regions = prefectures.map((record) => {
      const feature = geojson.features.find((candidate) => candidate.properties.name === record.geojsonName);
      if (!feature)
        throw new ContentError(file, undefined, `no outline named "${record.geojsonName}" in ${geojsonFile}`);
      const [lx = 0, ly = 0] = projection(feature.properties.cp) ?? [];
      const bounds = measure.bounds(feature).map((corner) => corner.map(Math.round)) as [
        [number, number],
        [number, number],
      ];
      outline(feature);
      const path = context.result();
      return {
        id: record.id,
        label: localize(record.label, locale),
        path,
        labelAt: [Math.round(lx), Math.round(ly)] as [number, number],
        bounds,
      };
    });
    requireFact(facts, place.fact, file);
    const [px = 0, py = 0] = projection(parseCoordinates(place.coordinates)) ?? [];
    const words = chartStrings(strings, locale);
    const placeLabel = localize(place.label, locale);
    const length = formatFact(numberFact(facts, ferryFact, ["metre"], file), locale);
    return {
      regions,
      place: { id: place.id, label: placeLabel, at: [Math.round(px), Math.round(py)] },
      estuary: {
        across: words.across,
        mouth: words.mouth,
        place: placeLabel,
        ferry: fill(words.ferry, { length }),
        note: words.note,
        north: words.north,
      },
      ferryLength: length,
    };
  },
  check(data, state) {
    const ids = data.regions.map((region) => region.id);
    if (state.view !== "province" && !ids.includes(state.view))
      return `view "${state.view}" is not "province" or a region in ${file} (${ids.join(", ")})`;
    const unknown = (state.highlight ?? []).filter((id) => !ids.includes(id));
    if (unknown.length) return `highlight names unknown regions: ${unknown.join(", ")}`;
    return state.estuary && !state.showPlace
      ? "`estuary: true` sketches the river mouth around the place's dot: add `showPlace: true`"
      : null;
  },
  describe(data, state, locale) {
    const words = chartStrings(strings, locale);
    const highlighted = data.regions
      .filter((region) => state.highlight?.includes(region.id))
      .map((region) => region.label);
    const view = data.regions.find((region) => region.id === state.view)?.label ?? "";
    const frame = state.view === "province" ? words.province : fill(words.zoomed, { region: view });
    return [
      fill(commonStrings(locale).sentence, { text: frame }),
      highlighted.length ? fill(words.highlighted, { regions: highlighted.join(commonStrings(locale).names) }) : "",
      state.showPlace ? fill(words.place, { place: data.place.label }) : "",
      state.estuary ? fill(words.estuary, { place: data.place.label, length: data.ferryLength }) : "",
    ]
      .join("")
      .trim();
  },
  records(locale, facts) {
    const { place } = loadRecords();
    const [longitude, latitude] = parseCoordinates(place.coordinates);
    const location = dataRecord(requireFact(facts, place.fact, file), locale);
    const words = chartStrings(strings, locale);
    const named = { place: localize(place.label, locale) };
    return [
      { ...location, label: fill(words.latitude, named), value: Number(latitude.toFixed(4)), unit: words.degrees },
      { ...location, label: fill(words.longitude, named), value: Number(longitude.toFixed(4)), unit: words.degrees },
    ];
  },
  factIds() {
    return ["zhejiang-prefectures-map", loadRecords().place.fact, ferryFact];
  },
};
