import { describe, expect, it } from "vitest";
import { slideAction } from "../../../../src/client/slides/slideAction.ts";

const key = (name: string, modifiers = {}) => ({
  key: name,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

describe("slideAction", () => {
  it("maps keyboard and clicker keys", () => {
    for (const name of ["ArrowRight", "ArrowDown", "PageDown", " "]) expect(slideAction(key(name))).toBe("next");
    for (const name of ["ArrowLeft", "ArrowUp", "PageUp"]) expect(slideAction(key(name))).toBe("previous");
    expect(slideAction(key("Home"))).toBe("first");
    expect(slideAction(key("End"))).toBe("last");
    expect(slideAction(key("f"))).toBe("fullscreen");
    expect(slideAction(key("Escape"))).toBe("exit");
    expect(slideAction(key("S"))).toBe("presenter");
  });

  it("leaves other keys and shortcuts to the browser", () => {
    expect(slideAction(key("a"))).toBeNull();
    expect(slideAction(key("ArrowRight", { altKey: true }))).toBeNull();
    expect(slideAction(key("f", { ctrlKey: true }))).toBeNull();
  });
});
