import { loadJsonRecords, trackReads, type RecordsRead } from "./loadJsonRecords.ts";

interface Entry {
  value: unknown;
  reads: RecordsRead[];
}

const entries = new Map<string, Entry>();

/** A file is current when reading it again gives the very records read before (nothing was re-read). */
const current = (read: RecordsRead) => loadJsonRecords(read.name, read.schema) === read.records;

/**
 * The answer computed under `key`, kept until a data file it read changes: a build reads each file once,
 * and `astro dev` shows an edit on the next reload. The story's loaders and each chart's data use it.
 */
export function once<T>(key: string, compute: () => T): T {
  const entry = entries.get(key);
  // `every` re-registers the entry's files with an enclosing `once`, which then depends on them too.
  if (entry && entry.reads.every(current)) return entry.value as T;
  const { value, reads } = trackReads(compute);
  entries.set(key, { value, reads });
  return value;
}
