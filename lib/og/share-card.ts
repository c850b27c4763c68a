import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import type { ReactNode } from "react";
import satori from "satori";
import { getEnv } from "../env";
import { SITE_NAME } from "../site/config";
import { encodePng } from "./png";

export const SHARE_CARD_SIZE = { width: 1200, height: 630 };
export const SHARE_CARD_TYPE = "image/png";
const MAX_TITLE = 150;

// Satori reads TTF, OTF and WOFF but not WOFF2, so the cards use @fontsource/inter's WOFF
// files (Latin subset: ä, ö and å included), read once per process from disk: no network.
type CardFont = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };
let fonts: { list: CardFont[]; digest: string } | undefined;
function loadFonts() {
  const dir = path.join(process.cwd(), "node_modules/@fontsource/inter/files");
  if (!fonts) {
    const list = ([400, 700] as const).map((weight) => ({
      name: "Inter",
      data: readFileSync(path.join(dir, `inter-latin-${weight}-normal.woff`)),
      weight,
      style: "normal" as const,
    }));
    const digest = createHash("sha256");
    list.forEach((font) => digest.update(font.data));
    fonts = { list, digest: digest.digest("hex") };
  }
  return fonts;
}

// Gives a title short enough for three lines at the chosen size, cut at a word with "…".
export function fitTitle(title: string): string {
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 80 ? cut.lastIndexOf(" ") : MAX_TITLE).trimEnd()}…`;
}

// Plain type + props data: satori reads it like a React element, and it hashes stably.
type PlainElement = { type: string; props: Record<string, unknown> };

const box = (style: Record<string, unknown>, children: unknown): PlainElement => ({
  type: "div",
  props: { style: { display: "flex", ...style }, children },
});

type Card = { title: string; label: string };

// Gives the card as plain data: label (topic), title and the site's name on the brand colour.
export function cardElement({ title, label }: Card): PlainElement {
  const text = fitTitle(title);
  const fontSize = text.length <= 60 ? 68 : text.length <= 110 ? 56 : 46;
  return box(
    {
      width: "100%",
      height: "100%",
      boxSizing: "border-box", // satori 0.63 sizes boxes as content-box unless told
      flexDirection: "column",
      justifyContent: "space-between",
      padding: "64px 72px",
      background: "#0b3d5c",
      color: "#ffffff",
      fontFamily: "Inter",
    },
    [
      box({ fontSize: 30, fontWeight: 700, color: "#f9d3b4" }, label),
      box({ fontSize, fontWeight: 700, lineHeight: 1.15 }, text),
      box({ alignItems: "center", fontSize: 30 }, [
        box({ width: 16, height: 48, background: "#f9d3b4", marginRight: 20 }, []),
        SITE_NAME,
      ]),
    ],
  );
}

// Part of the cache key: change it with the drawing pipeline, and every card is redrawn.
const RENDERER = "satori 0.63.2, resvg-js 2.6.2, png deflate 1";

// Cards are cached under the build folder's cache/ (kept between builds) by a hash of what
// they show and the font, so a rebuild draws only new or changed cards.
function cacheFile(key: string): string {
  return path.resolve(getEnv().NEXT_DIST_DIR, "cache", "share-cards", `${key}.png`);
}

function readCached(file: string): Uint8Array | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

function store(file: string, png: Uint8Array) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`; // rename: parallel builds never read half a file
  writeFileSync(temp, png);
  renameSync(temp, file);
}

// Draws the card: satori lays it out as SVG (text as outlines in the shipped font), resvg
// rasterises it and encodePng packs the pixels (every pixel is opaque: the background fills the
// card). Cheaper than next/og's ImageResponse (its older satori, then sharp) and than resvg's
// own PNG encoder; the figures are in docs/benchmarks.md.
export function drawShareCard(card: Card): Promise<Buffer> {
  return draw(cardElement(card));
}

async function draw(element: PlainElement): Promise<Buffer> {
  const svg = await satori(element as unknown as ReactNode, {
    ...SHARE_CARD_SIZE,
    fonts: loadFonts().list,
  });
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return encodePng(image.pixels, image.width, image.height);
}

// Gives the 1200×630 PNG share card as a response, from the cache or freshly drawn.
export async function renderShareCard(card: Card): Promise<Response> {
  const element = cardElement(card);
  const { digest } = loadFonts();
  const key = createHash("sha256")
    .update(JSON.stringify(element))
    .update(digest)
    .update(RENDERER)
    .digest("hex");
  const file = cacheFile(key);
  let png = readCached(file);
  if (!png) {
    png = await draw(element);
    store(file, png);
  }
  return new Response(new Uint8Array(png), {
    headers: {
      "content-type": SHARE_CARD_TYPE,
      "cache-control": "public, immutable, no-transform, max-age=31536000",
    },
  });
}
