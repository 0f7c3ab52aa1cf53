import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from "jsonc-parser";
import type { z } from "zod";
import { ContentError } from "./contentError.ts";
import { firstIssue } from "./firstIssue.ts";

/** Folder of the story's data files; tests point it elsewhere to feed bad input. */
export const dataDir = () => process.env.CONTENT_DATA_DIR ?? path.join(process.cwd(), "content", "data");

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}

/** A file read by `loadJsonRecords`: enough to ask later whether it is still current. */
export interface RecordsRead {
  name: string;
  schema: z.ZodType;
  records: readonly unknown[];
}

interface CachedFile {
  stamp: string;
  schema: z.ZodType;
  records: unknown[];
}

const cache = new Map<string, CachedFile>();
let reads: RecordsRead[] | undefined;

/** When a file last changed, as a key: `astro dev` re-reads a file only after it is saved. */
const stampOf = (file: string) => {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.mtimeMs}/${stat.size}` : "missing";
};

/**
 * Runs `compute` and lists the data files it read through `loadJsonRecords`, so a cache of what it
 * derives from them (src/story/story.ts) can tell when they change.
 */
export function trackReads<T>(compute: () => T): { value: T; reads: RecordsRead[] } {
  const outer = reads;
  reads = [];
  try {
    const value = compute();
    return { value, reads };
  } finally {
    outer?.push(...reads);
    reads = outer;
  }
}

/**
 * Reads `content/data/<name>` as a JSON array and validates every record with `schema`, once per
 * change of the file: later calls return the same (read-only) records. Errors name the file, the
 * line of the offending value and the field, e.g.
 * `content/data/facts.json:12: record 3 ("ferry"), field "source": …`.
 */
export function loadJsonRecords<T extends z.ZodType>(name: string, schema: T): z.infer<T>[] {
  const file = path.join(dataDir(), name);
  const stamp = stampOf(file);
  const cached = cache.get(file);
  const records = cached?.stamp === stamp && cached.schema === schema ? cached.records : readRecords(file, schema);
  if (records !== cached?.records) cache.set(file, { stamp, schema, records });
  reads?.push({ name, schema, records });
  return records as z.infer<T>[];
}

function readRecords(file: string, schema: z.ZodType): unknown[] {
  const shown = path.relative(process.cwd(), file);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new ContentError(shown, undefined, "file not found; create it as a JSON array of records");
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const firstError = errors[0];
  if (firstError || !tree) {
    const offset = firstError?.offset ?? 0;
    const what = firstError ? printParseErrorCode(firstError.error) : "empty file";
    throw new ContentError(shown, lineAt(text, offset), `malformed JSON (${what}); fix the syntax here`);
  }
  if (tree.type !== "array") throw new ContentError(shown, 1, "expected a JSON array of records");
  const raw = JSON.parse(text) as unknown[];
  return raw.map((record, index) => {
    const result = schema.safeParse(record);
    if (result.success) return result.data;
    const issue = firstIssue(result.error);
    const node = findNodeAtLocation(tree, [index, ...issue.path]) ?? findNodeAtLocation(tree, [index]);
    const id = (record as { id?: unknown } | null)?.id;
    const name = typeof id === "string" ? ` ("${id}")` : "";
    const field = issue.path.length > 0 ? `, field "${issue.path.join(".")}"` : "";
    throw new ContentError(
      shown,
      node ? lineAt(text, node.offset) : undefined,
      `record ${index + 1}${name}${field}: ${issue.message}`,
    );
  });
}

/**
 * Where a checked record's field is, for errors found after loading (a check that needs other
 * files): the file as shown in messages and the line of `content/data/<name>`'s record `index`
 * at `fieldPath`, or of the record itself when the field is absent.
 */
export function recordLocation(
  name: string,
  index: number,
  fieldPath: (string | number)[] = [],
): { file: string; line: number | undefined } {
  const file = path.join(dataDir(), name);
  const text = readFileSync(file, "utf8");
  const tree = parseTree(text);
  const node = tree && (findNodeAtLocation(tree, [index, ...fieldPath]) ?? findNodeAtLocation(tree, [index]));
  return { file: path.relative(process.cwd(), file), line: node ? lineAt(text, node.offset) : undefined };
}
