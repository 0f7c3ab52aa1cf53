import { readFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import type { APIRoute, GetStaticPaths } from "astro";

/** App icons for the web app manifest and home screens, rendered from the favicon. */
export const getStaticPaths: GetStaticPaths = () =>
  ["192", "512"].map((size) => ({ params: { size: `icon-${size}` } }));

export const GET: APIRoute = ({ params }) => {
  const size = Number(params["size"]?.replace("icon-", ""));
  const svg = readFileSync("public/favicon.svg", "utf8");
  const png = new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
