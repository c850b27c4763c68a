import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { drawShareCard, fitTitle, renderShareCard } from "@/lib/og/share-card";
import { decodePng } from "../../helpers/png";

// The card cache lives under NEXT_DIST_DIR; point it at a temporary folder for this file.
const dist = mkdtempSync(path.join(tmpdir(), "share-cards-"));
process.env.NEXT_DIST_DIR = dist;
const cacheDir = path.join(dist, "cache", "share-cards");
afterAll(() => rmSync(dist, { recursive: true, force: true }));

async function pngOf(title: string) {
  const response = await renderShareCard({ title, label: "Juridiikka" });
  return {
    type: response.headers.get("content-type"),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

describe("renderShareCard", () => {
  it("draws a 1200×630 PNG under 300 KB with Finnish letters in the title", async () => {
    const { type, bytes } = await pngOf("Äänestysikä, öljyvero ja Ålandin itsehallinto");
    expect(type).toBe("image/png");
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(bytes.length).toBeLessThan(300 * 1024);
  });

  it("keeps a three-line title inside the margins, with the site's name and bar below it", async () => {
    const card = decodePng(
      await drawShareCard({
        title:
          "Rikoksentorjuntakilpailun voitti Rikosuhripäivystyksen ihmiskaupan uhrien erityistukipalvelu – Åland ja öljy",
        label: "Juridiikka · Verotus",
      }),
    );
    const background = "#0b3d5c";
    const band = (x0: number, x1: number, y0: number, y1: number) => {
      const seen = new Set<string>();
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) seen.add(card.pixel(x, y));
      return seen;
    };
    expect(band(1140, 1200, 0, 630)).toEqual(new Set([background])); // right margin
    expect(band(0, 1200, 600, 630)).toEqual(new Set([background])); // bottom margin
    expect(card.pixel(80, 543)).toBe("#f9d3b4"); // the accent bar beside the site's name
    expect(band(110, 560, 525, 560).has("#ffffff")).toBe(true); // the site's name
    expect(band(72, 1128, 220, 420).has("#ffffff")).toBe(true); // the title
  });

  it("reads an unchanged card from the cache instead of drawing it again", async () => {
    await pngOf("Välimuistin testi");
    const files = readdirSync(cacheDir);
    expect(files).toHaveLength(2);
    expect(files.every((name) => /^[0-9a-f]{64}\.png$/.test(name))).toBe(true);
    for (const name of files) writeFileSync(path.join(cacheDir, name), "cached");
    expect((await pngOf("Välimuistin testi")).bytes.toString()).toBe("cached");
  });

  it("draws a new card when the title changes", async () => {
    const { bytes } = await pngOf("Välimuistin testi, muutettu otsikko");
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(readdirSync(cacheDir)).toHaveLength(3);
  });
});

describe("fitTitle", () => {
  it("keeps a title that fits", () => {
    const title =
      "Rikoksentorjuntakilpailun voitti Rikosuhripäivystyksen ihmiskaupan uhrien erityistukipalvelu";
    expect(fitTitle(title)).toBe(title);
  });

  it("cuts a very long title at a word and marks the cut", () => {
    const title = Array.from({ length: 40 }, (_, i) => `sana${i}`).join(" ");
    const fitted = fitTitle(title);
    expect(fitted.length).toBeLessThanOrEqual(151);
    expect(fitted.endsWith("…")).toBe(true);
    expect(title.startsWith(fitted.slice(0, -1))).toBe(true);
    expect(fitted.at(-2)).not.toBe(" ");
  });
});
