/** The `<InertHtml name>` element inside `root`, if any. */
export function findInertHtml(root: ParentNode, name: string): HTMLScriptElement | null {
  return root.querySelector<HTMLScriptElement>(`script[data-inert-html="${name}"]`);
}

/** The HTML an `<InertHtml>` element holds, as nodes ready to insert, or null when it holds none. */
export function inertHtml(element: HTMLScriptElement | null): DocumentFragment | null {
  const json = element?.textContent;
  if (!json) return null;
  const template = document.createElement("template");
  template.innerHTML = JSON.parse(json) as string;
  return template.content;
}
