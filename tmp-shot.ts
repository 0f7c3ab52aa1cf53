import { launchBrowser } from "./tests/browser/launchBrowser.ts";
import { serveDist } from "./tests/browser/serveDist.ts";
const shots: [string, number, number, string][] = JSON.parse(process.argv[2]);
const server = await serveDist();
const browser = await launchBrowser();
for (const [path, width, height, name] of shots) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(server.url + path, { waitUntil: "networkidle" });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shots/${name}.png` });
  await page.close();
}
await browser.close();
await server.close();
