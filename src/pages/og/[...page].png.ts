import type { APIRoute, GetStaticPaths } from "astro";
import { previewCards } from "../../share/previewCards.ts";
import type { CardContent } from "../../share/renderCard.ts";
import { renderCards, type CardRun } from "../../share/renderCards.ts";

let contents: Promise<Map<string, CardContent>> | undefined;
/** Every card's content, gathered once per build. */
const cardContents = () => (contents ??= previewCards());

/** One preview image per page: the covers, the handouts, every chapter and every step. */
export const getStaticPaths: GetStaticPaths = async () =>
  [...(await cardContents()).keys()].map((file) => ({
    params: { page: file.replace(/^og\//, "").replace(/\.png$/, "") },
    props: { file },
  }));

let run: Promise<CardRun> | undefined;

/**
 * All cards are drawn together on the first request, in parallel and from the cache where nothing
 * changed (see renderCards); each image's request then takes its own.
 */
function allCards(): Promise<CardRun> {
  run ??= cardContents()
    .then((cards) => renderCards(cards))
    .then((result) => {
      console.log(
        `preview cards: ${result.drawn} drawn on ${result.threads} threads, ${result.cached} from the cache, in ${(result.milliseconds / 1000).toFixed(1)} s`,
      );
      return result;
    });
  return run;
}

export const GET: APIRoute<{ file: string }> = async ({ props }) => {
  const png = (await allCards()).images.get(props.file);
  if (!png) throw new Error(`No preview card was drawn for ${props.file}`);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
