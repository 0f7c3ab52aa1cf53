// @ts-check
// Before the first paint: ?present or ?presenter lays the chapter out as slides at once (see [chapter].astro).
const mode = ["present", "presenter"].find((name) => new URLSearchParams(location.search).has(name));
if (mode) document.documentElement.dataset["mode"] = mode;
