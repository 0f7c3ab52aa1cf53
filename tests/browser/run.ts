/**
 * Runs the browser tests against the built site in dist/ with Debian's chromium.
 * (Separate from vitest: these need a build and a real browser.)
 */
import { existsSync, globSync } from "node:fs";
import { run } from "node:test";
import { spec } from "node:test/reporters";

if (!existsSync("dist/index.html")) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    `No browser at ${chromium}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

const files = globSync("tests/browser/**/*.test.ts");
let passed = 0;
let failed = 0;
const stream = run({ files, concurrency: Number(process.env["BROWSER_CONCURRENCY"] ?? 2) });
// Count leaf tests only (suites report too, with nesting 0 and children).
stream.on("test:pass", (event) => {
  if (event.details.type !== "suite") passed += 1;
});
stream.on("test:fail", (event) => {
  if (event.details.type !== "suite") failed += 1;
  process.exitCode = 1;
});
stream.on("end", () => {
  console.log(`browser: ${passed} passed, ${failed} failed`);
});
stream.compose(spec).pipe(process.stdout);
