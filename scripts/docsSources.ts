/** Writes docs/sources.md from content/data/sources.json: `npm run docs:sources`. */
import { writeFileSync } from "node:fs";
import { sourcesDoc } from "../src/story/sourcesDoc.ts";
import { loadSources } from "../src/story/sources.ts";

writeFileSync("docs/sources.md", sourcesDoc(loadSources().values()));
console.log("docs/sources.md written");
