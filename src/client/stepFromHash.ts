/**
 * The index of the step a URL hash names, or null. Any hash is safe: an unknown,
 * malformed or huge one simply names no step.
 */
export function stepFromHash(hash: string, steps: readonly { id: string }[]): number | null {
  if (!hash.startsWith("#") || hash.length > 200) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
  const index = steps.findIndex((step) => step.id === id);
  return index === -1 ? null : index;
}
