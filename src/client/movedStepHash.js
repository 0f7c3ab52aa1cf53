// @ts-check
// Before the chapter reads its hash: a link to a step that moved (the chapter's movedSteps) is turned
// to its replacement, "#new-id" here or another chapter's address (see [chapter].astro).
const moved = JSON.parse(document.currentScript?.dataset["moved"] ?? "{}");
const to = moved[location.hash.slice(1)];
if (typeof to === "string") {
  if (to.startsWith("#")) history.replaceState(history.state, "", to);
  else location.replace(to.replace("#", `${location.search}#`));
}
