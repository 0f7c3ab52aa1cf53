import { joinMarks, type MarkDatum, type Marks } from "./join.ts";
import type { Layer } from "./layers.ts";

type Attribute<D> = (datum: D) => string | number | null;

/**
 * A kind of mark: an element and how its datum sets its attributes. The mark then draws any layer's
 * data through the keyed join: `rectMark(layer, bars, "bar", animate)`.
 */
export function markOf<E extends Element, Base extends MarkDatum>(
  tag: string,
  attributes: Record<string, Attribute<Base>>,
) {
  return <D extends Base>(layer: Layer, data: readonly D[], className: string, animate: boolean): Marks<E, D> => {
    const marks = joinMarks<E, D>(layer, data, tag, className, animate);
    for (const [name, value] of Object.entries(attributes)) marks.attr(name, value as Attribute<D>);
    return marks;
  };
}
