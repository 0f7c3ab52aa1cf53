/**
 * A data-join key that also matches marks rendered at build time. Those carry no bound
 * datum in the browser, only their key in `data-key`, which every keyed mark writes.
 * (d3 types the datum as always present; for such marks it is undefined at run time.)
 */
export function keyOf<D>(key: (datum: D) => string): (this: unknown, datum: D) => string {
  return function (this: unknown, datum: D | undefined): string {
    if (datum !== undefined) return key(datum);
    const node = this as Partial<Element> | null;
    return typeof node?.getAttribute === "function" ? (node.getAttribute("data-key") ?? "") : "";
  };
}
