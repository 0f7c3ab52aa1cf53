import { launchBrowser } from "/work/wt/clients-engines/tests/browser/launchBrowser.ts";
import { serveDist } from "/work/wt/clients-engines/tests/browser/serveDist.ts";
const server = await serveDist();
const browser = await launchBrowser();
const shots = process.argv.slice(2);
for (const spec of shots) {
  const [size, path, hash] = spec.split(",");
  const [width, height] = size.split("x").map(Number);
  const page = await browser.newPage({ viewport: { width, height }, reducedMotion: "reduce" });
  await page.goto(`${server.url}${path}?present#${hash}`);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shot-${size}-${path.replace(/\//g, "_")}-${hash}.png` });
  await page.close();
}
await browser.close(); await server.close();
