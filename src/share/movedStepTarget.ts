/** A chapter's `movedSteps` value, `"new-id"` or `"other-chapter#new-id"`, as the chapter and step it names. */
export function movedStepTarget(chapter: string, target: string): { chapter: string; step: string } {
  const hash = target.indexOf("#");
  return hash === -1 ? { chapter, step: target } : { chapter: target.slice(0, hash), step: target.slice(hash + 1) };
}
