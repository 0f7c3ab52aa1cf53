export type SlideAction = "next" | "previous" | "first" | "last" | "fullscreen" | "exit" | "presenter";

/**
 * What a key does in presentation mode. Clickers send PageUp/PageDown;
 * keys with a modifier are left to the browser.
 */
export function slideAction(event: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): SlideAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
    case " ":
      return "next";
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
      return "previous";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "f":
    case "F":
      return "fullscreen";
    case "Escape":
      return "exit";
    case "s":
    case "S":
      return "presenter";
    default:
      return null;
  }
}
