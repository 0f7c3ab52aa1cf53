/** The two ways of showing a chapter as slides: to the room, and to the presenter alone. */
export type Mode = "present" | "presenter";

export const modes: readonly Mode[] = ["present", "presenter"];

/**
 * `href` opened in `mode` (`?present` or `?presenter`, written bare), or back in reading mode
 * when `mode` is null; other query parameters stay. `hash` (with its "#", or "" for none)
 * replaces the URL's hash when given.
 */
export function inMode(href: string, mode: Mode | null, hash?: string): string {
  const url = new URL(href);
  modes.forEach((other) => url.searchParams.delete(other));
  if (mode) url.searchParams.set(mode, "");
  if (hash !== undefined) url.hash = hash;
  return mode ? url.href.replace(`${mode}=`, mode) : url.href;
}
