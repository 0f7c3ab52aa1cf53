import { compile } from "@mdx-js/mdx";
import type { Root } from "mdast";
import { describe, expect, it } from "vitest";
import { stepText } from "../../../src/mdx/stepText.ts";

/** The MDX's tree as remark plugins see it. */
async function parse(mdx: string): Promise<Root> {
  let tree: Root | undefined;
  await compile(mdx, { remarkPlugins: [() => (root: Root) => void (tree = structuredClone(root))] });
  if (!tree) throw new Error("not parsed");
  return tree;
}

describe("stepText", () => {
  it("writes facts as the prose does and leaves out citations and teacher's notes", async () => {
    const tree = await parse(
      '<Step id="a">\n\nIn <Fact id="year" />, **farmers** built a town.<Cite id="year" />\n\nThen it grew.\n\n<Notes>\n\nAsk the class.\n\n</Notes>\n\n</Step>',
    );
    const [step] = tree.children;
    if (!step) throw new Error("no step");
    expect(stepText(step, (id) => (id === "year" ? "1984" : "?"))).toBe("In 1984, farmers built a town. Then it grew.");
  });

  it("puts no space between Chinese sentences on separate lines", async () => {
    const [step] = (await parse('<Step id="a">\n\n產值6億元。<Cite id="x" />\n相比之下，很少。\n\n</Step>')).children;
    if (!step) throw new Error("no step");
    expect(stepText(step, () => "")).toBe("產值6億元。相比之下，很少。");
  });
});
