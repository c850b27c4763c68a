import { describe, expect, it } from "vitest";
import { encodePng } from "@/lib/og/png";
import { decodePng } from "../../helpers/png";

describe("encodePng", () => {
  it("writes the pixels it is given, row by row", () => {
    const [width, height] = [3, 2];
    const colours = ["ff0000", "00ff00", "0000ff", "0b3d5c", "f9d3b4", "ffffff"];
    const rgba = Buffer.concat(colours.map((hex) => Buffer.from(`${hex}ff`, "hex")));
    const png = decodePng(encodePng(rgba, width, height));
    expect([png.width, png.height]).toEqual([3, 2]);
    const read = [0, 1].flatMap((y) => [0, 1, 2].map((x) => png.pixel(x, y).slice(1)));
    expect(read).toEqual(colours);
  });

  it("refuses pixel data that does not match the size", () => {
    expect(() => encodePng(new Uint8Array(4 * 5), 2, 3)).toThrow(/expected 24 bytes, got 20/);
    expect(() => encodePng(new Uint8Array(0), 0, 0)).toThrow(/positive whole numbers/);
  });
});
