/** How close the search for the largest size that fits gets, in CSS pixels. */
const precision = 0.25;

/**
 * Sets `element`'s font size to the largest, from its stylesheet's size down to the slide's least
 * text size (`--slide-text-least`, present.css), at which `box` (the element itself by default)
 * shows all it holds without scrolling. Returns false when even the least size overflows; the
 * text is then left at that size.
 */
export function fitSlideText(element: HTMLElement, box: HTMLElement = element): boolean {
  element.style.fontSize = "";
  const overflows = () => box.scrollHeight > box.clientHeight;
  if (!overflows()) return true;
  const largest = parseFloat(getComputedStyle(element).fontSize);
  element.style.fontSize = "var(--slide-text-least)";
  let smallest = parseFloat(getComputedStyle(element).fontSize);
  if (smallest >= largest) return !overflows();
  element.style.fontSize = `${smallest}px`;
  if (overflows()) return false;
  // Each guess lays the slide out once: about seven for a step, on a change of slide only.
  let tooLarge = largest;
  while (tooLarge - smallest > precision) {
    const guess = (smallest + tooLarge) / 2;
    element.style.fontSize = `${guess}px`;
    if (overflows()) tooLarge = guess;
    else smallest = guess;
  }
  element.style.fontSize = `${smallest}px`;
  return true;
}
