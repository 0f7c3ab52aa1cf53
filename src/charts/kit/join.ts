import type { BaseType, Selection } from "d3";
import { keyOf } from "./keyOf.ts";
import { layer as layerOf, type Layer } from "./layers.ts";
import { leave, revive } from "./transition.ts";

export type Marks<E extends BaseType, D> = Selection<E, D, BaseType, unknown>;

/** What every mark's datum carries. */
export interface MarkDatum {
  /** Identity across draws: the join key, written to `data-key` so marks drawn at build time match too. */
  id: string;
  /** Modifier classes (is-focus, tone-on …), written after the mark's own class. */
  classes?: readonly (string | false | null | undefined)[] | undefined;
  /** Set to fade a mark out while keeping it (0) or in (1); left out, CSS decides. */
  opacity?: number | undefined;
}

/**
 * The keyed join under every mark: marks matched to data by `id`, entering marks created, leaving marks
 * faded out and removed, and the class, `data-key` and opacity written on every mark, so no chart can
 * forget one. Each kind of mark is a layer of its own (`g.layer-<className>`), stacked in the order the
 * chart first draws it.
 */
export function joinMarks<E extends Element, D extends MarkDatum>(
  parent: Layer,
  data: readonly D[],
  tag: string,
  className: string,
  animate: boolean,
): Marks<E, D> {
  return layerOf(parent, className)
    .selectChildren<E, D>(`${tag}.${className}`)
    .data(
      [...data],
      keyOf((d: D) => d.id),
    )
    .join(
      (entering) => entering.append<E>(tag),
      (update) => {
        revive(update);
        return update;
      },
      (exit) => leave(exit, animate),
    )
    .attr("class", (d) => [className, ...(d.classes ?? [])].filter(Boolean).join(" "))
    .attr("data-key", (d) => d.id)
    .attr("opacity", (d) => d.opacity ?? null) as unknown as Marks<E, D>;
}
