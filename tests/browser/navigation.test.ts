/**
 * Finding one's way: every chapter page has a contents menu listing the edition's chapters in
 * order (the current one marked with aria-current), the handout and the story's other documents;
 * it opens without JavaScript and by keyboard. The last chapter leads back to the cover and to
 * the handout.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { publishedLocales } from "../../src/i18n/locales.ts";
import { useSite } from "./harness.ts";
import { assertNone, distPages } from "../dist/distPages.ts";

const site = useSite();
const chapters = distPages().filter((page) => page.chapter);

/** The edition's chapters in reading order, as its cover lists them. */
async function coverOrder(page: import("playwright-core").Page, locale: string): Promise<string[]> {
  await page.goto(site.url(`${locale}/`));
  return page
    .locator(".chapter-list a")
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe("the contents menu", () => {
  it("on every chapter page lists the edition's chapters in order, marks the current one and links the handout", async () => {
    const { page, errors } = await site.page({ javaScriptEnabled: false });
    const problems: string[] = [];
    const orders = new Map<string, string[]>();
    for (const locale of publishedLocales) orders.set(locale, await coverOrder(page, locale));
    for (const { path } of chapters) {
      const locale = path.split("/")[0] ?? "";
      await page.goto(site.url(path));
      const menu = await page.evaluate(() => {
        const details = document.querySelector<HTMLDetailsElement>("header details.contents-menu");
        const links = [...(details?.querySelectorAll<HTMLAnchorElement>(".contents-chapters a") ?? [])];
        return {
          found: !!details,
          chapters: links.map((link) => new URL(link.href).pathname),
          current: links
            .filter((link) => link.getAttribute("aria-current") === "page")
            .map((link) => new URL(link.href).pathname),
          documents: [...(details?.querySelectorAll<HTMLAnchorElement>(".contents-documents a") ?? [])].map(
            (link) => new URL(link.href).pathname,
          ),
        };
      });
      const where = `/${path}`;
      if (!menu.found) {
        problems.push(`${where}: no contents menu in the header`);
        continue;
      }
      if (JSON.stringify(menu.chapters) !== JSON.stringify(orders.get(locale)))
        problems.push(
          `${where}: the menu lists ${menu.chapters.join(", ")}, the cover ${orders.get(locale)?.join(", ")}`,
        );
      if (menu.current.length !== 1 || !menu.current[0]?.endsWith(`/${path}`))
        problems.push(`${where}: the current chapter is not the one marked (${menu.current.join(", ") || "none"})`);
      if (!menu.documents.some((document) => document.endsWith(`/${locale}/print/`)))
        problems.push(`${where}: the menu does not link the handout`);
    }
    assertNone(problems, "contents menus");
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it("opens and leads to a chapter without JavaScript", async () => {
    const { page } = await site.page({ javaScriptEnabled: false });
    const [from, to] = [chapters[0]?.path ?? "", chapters[1]?.path ?? ""];
    await page.goto(site.url(from));
    const link = page.locator(`.contents-chapters a[href$="/${to}"]`);
    assert.equal(await link.isVisible(), false, "the menu starts closed");
    await page.locator(".contents-menu summary").click();
    assert.equal(await link.isVisible(), true, "a click opens it");
    await link.click();
    await page.waitForURL((url) => url.pathname.endsWith(`/${to}`));
    await page.context().close();
  });

  it("opens and leads to a chapter by keyboard alone", async () => {
    const { page } = await site.page();
    const [from, to] = [chapters[2]?.path ?? "", chapters[0]?.path ?? ""];
    await page.goto(site.url(from));
    for (let press = 0; press < 12; press += 1) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.matches(".contents-menu summary"))) break;
    }
    assert.ok(
      await page.evaluate(() => document.activeElement?.matches(".contents-menu summary")),
      "Tab reaches the menu",
    );
    await page.keyboard.press("Enter");
    assert.ok(
      await page.locator(".contents-menu").evaluate((menu) => (menu as HTMLDetailsElement).open),
      "Enter opens it",
    );
    const target = `/${to}`;
    for (let press = 0; press < 12; press += 1) {
      await page.keyboard.press("Tab");
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? "");
      if (href.endsWith(target)) break;
    }
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname.endsWith(target));
    await page.context().close();
  });
});

describe("the end of the story", () => {
  for (const locale of publishedLocales) {
    it(`the last chapter leads back to the cover and to the handout (${locale})`, async () => {
      const { page } = await site.page();
      const order = await coverOrder(page, locale);
      await page.goto(new URL(order.at(-1) ?? "", site.url()).href);
      const links = await page
        .locator(".chapter-nav a")
        .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
      assert.ok(
        links.some((path) => path.endsWith(`/${locale}/`)),
        `a link to the cover (${links.join(", ")})`,
      );
      assert.ok(
        links.some((path) => path.endsWith(`/${locale}/print/`)),
        `a link to the handout (${links.join(", ")})`,
      );
      assert.ok(!(await page.locator(".chapter-nav a[rel=next]").count()), "no next chapter");
      await page.context().close();
    });
  }
});
