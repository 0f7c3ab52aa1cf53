import { unknownId } from "./unknownId.ts";

type IdFields<State> = {
  [K in keyof State]: State[K] extends string | readonly string[] | undefined ? K : never;
}[keyof State];
type Records<Data> = { [K in keyof Data]: Data[K] extends readonly { id: string }[] ? K : never }[keyof Data];

/**
 * A spec's `check` for states that name records by id: each of the state's `fields` must name records in
 * `data[records]` (`idCheck("bars", ["through", "focus"], "a bar in content/data/population.json")`).
 */
export function idCheck<Data, State>(
  records: Records<Data>,
  fields: readonly IdFields<State>[],
  what: string,
): (data: Data, state: State) => string | null {
  return (data, state) => {
    const named = Object.fromEntries(fields.map((field) => [field, state[field]])) as Record<
      string,
      string | readonly string[] | undefined
    >;
    return unknownId(named, data[records] as readonly { id: string }[], what);
  };
}
