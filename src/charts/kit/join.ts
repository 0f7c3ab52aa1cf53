import type { BaseType, Selection } from "d3";
import { keyOf } from "./keyOf.ts";
import { leave, revive } from "./transition.ts";

export type Marks<E extends BaseType, D> = Selection<E, D, BaseType, unknown>;

export interface MarkOptions<E extends BaseType, D> {
  /** The marks' element: "rect", "g", "text" … */
  tag: string;
  /** The class every mark of this join carries; it also selects them on the next draw. */
  className: string;
  /** Stable identity of a datum across draws, written to `data-key` so build-time marks match too. */
  key: (datum: D) => string;
  /** Modifier classes of a mark (is-focus, tone-on …), written after `className`. */
  modifiers?: (datum: D) => (string | false | undefined)[];
  /** Sets a new mark's starting attributes and appends its children. */
  enter?: (entering: Marks<E, D>) => void;
  animate: boolean;
}

/**
 * The keyed join every chart uses: the parent's child marks (for each parent, `data` or `data(parent's
 * datum)`) matched by key (`data-key` for marks drawn
 * at build time), entering marks built once, leaving marks faded out and removed, and the class and
 * `data-key` written on every mark, so no chart can forget one.
 */
export function joinMarks<E extends Element, D, P extends BaseType, PD>(
  parent: Selection<P, PD, BaseType, unknown>,
  data: readonly D[] | ((parentDatum: PD) => readonly D[]),
  options: MarkOptions<E, D>,
): Marks<E, D> {
  const marks = parent
    .selectChildren<E, D>(`${options.tag}.${options.className}`)
    .data(typeof data === "function" ? (parentDatum: PD) => [...data(parentDatum)] : [...data], keyOf(options.key))
    .join(
      (entering) => {
        const created = entering.append<E>(options.tag).attr("class", options.className);
        options.enter?.(created as unknown as Marks<E, D>);
        return created;
      },
      (update) => {
        revive(update);
        return update;
      },
      (exit) => leave(exit, options.animate),
    );
  return marks
    .attr("class", (datum) => [options.className, ...(options.modifiers?.(datum) ?? [])].filter(Boolean).join(" "))
    .attr("data-key", options.key) as unknown as Marks<E, D>;
}
