import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { spokenText } from "../../../../src/client/slides/presenterPanel.ts";

describe("spokenText", () => {
  it("keeps a step's words, without citation marks, link labels, notes or text for screen readers", () => {
    const { document } = parseHTML(`<div class="step-body">
      <share-step><a href="#x"><span aria-hidden="true">#</span><span class="visually-hidden">Copy link</span></a></share-step>
      <p>It has no towns or sub-districts.<sup class="cite"><a href="#s1">1</a></sup></p><p>What remains is three tiers.</p>
      <p class="visually-hidden">Figure: a tree</p>
      <script type="application/json" data-inert-html="notes">"<p>Ask the class.</p>"</script>
    </div>`);
    const text = spokenText([document.querySelector(".step-body") as unknown as Element])
      .replace(/\s+/g, " ")
      .trim();
    expect(text).toBe("It has no towns or sub-districts. What remains is three tiers.");
  });
});
