import { sourceSchema, type Source } from "../schemas/source.ts";
import { ContentError } from "./contentError.ts";
import { loadJsonRecords } from "./loadJsonRecords.ts";

/** All sources, by id, validated and checked for duplicate ids. */
export function loadSources(): Map<string, Source> {
  const sources = loadJsonRecords("sources.json", sourceSchema);
  const byId = new Map<string, Source>();
  for (const source of sources) {
    if (byId.has(source.id))
      throw new ContentError("content/data/sources.json", undefined, `duplicate source id "${source.id}"`);
    byId.set(source.id, source);
  }
  return byId;
}
