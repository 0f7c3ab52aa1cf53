import { z } from "zod";
import { ContentError } from "../../story/contentError.ts";
import { loadJsonRecords } from "../../story/loadJsonRecords.ts";

type Kind = z.ZodObject<{ kind: z.ZodLiteral<string> } & z.ZodRawShape>;

/**
 * A chart's data file (content/data/<name>), whose records come in the kinds given (see `kindOf`): read
 * and checked on each `load()`, then `all(kind)` gives the records of a kind and `one(kind)` the record of
 * a kind the file must hold, or a build error saying to add it.
 */
export function dataFile<const Kinds extends readonly [Kind, ...Kind[]]>(name: string, kinds: Kinds) {
  type R = z.infer<Kinds[number]>;
  const schema = z.discriminatedUnion("kind", kinds) as unknown as z.ZodType<R>;
  const file = `content/data/${name}`;
  return {
    file,
    load() {
      const records = loadJsonRecords(name, schema);
      return {
        all: <K extends R["kind"]>(kind: K) =>
          records.filter((record): record is Extract<R, { kind: K }> => record.kind === kind),
        one: <K extends R["kind"]>(kind: K) => {
          const found = records.find((record): record is Extract<R, { kind: K }> => record.kind === kind);
          if (!found) throw new ContentError(file, undefined, `add one record of kind "${kind}"`);
          return found;
        },
      };
    },
  };
}
