import { readFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { SITE_NAME } from "../site/config";

export const SHARE_CARD_SIZE = { width: 1200, height: 630 };
export const SHARE_CARD_TYPE = "image/png";
const MAX_TITLE = 150;

// Satori reads TTF, OTF and WOFF but not WOFF2, so the cards use @fontsource/inter's WOFF
// files (Latin subset: ä, ö and å included), read once per process from disk: no network.
const fontDir = path.join(process.cwd(), "node_modules/@fontsource/inter/files");
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: "normal" }[] | undefined;
function loadFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: "Inter",
    data: readFileSync(path.join(fontDir, `inter-latin-${weight}-normal.woff`)),
    weight,
    style: "normal" as const,
  }));
  return fonts;
}

// Gives a title short enough for three lines at the chosen size, cut at a word with "…".
export function fitTitle(title: string): string {
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 80 ? cut.lastIndexOf(" ") : MAX_TITLE).trimEnd()}…`;
}

type Card = { title: string; label: string };

// Gives the 1200×630 PNG share card: label (topic), title and the site's name.
export function renderShareCard({ title, label }: Card): ImageResponse {
  const text = fitTitle(title);
  const fontSize = text.length <= 60 ? 68 : text.length <= 110 ? 56 : 46;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#0b3d5c",
        color: "#ffffff",
        fontFamily: "Inter",
      }}
    >
      <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: "#f9d3b4" }}>
        {label}
      </div>
      <div style={{ display: "flex", fontSize, fontWeight: 700, lineHeight: 1.15 }}>{text}</div>
      <div style={{ display: "flex", alignItems: "center", fontSize: 30 }}>
        <div style={{ width: 16, height: 48, background: "#f9d3b4", marginRight: 20 }} />
        {SITE_NAME}
      </div>
    </div>,
    { ...SHARE_CARD_SIZE, fonts: loadFonts() },
  );
}
