import { inflateSync } from "node:zlib";

export type DecodedPng = { width: number; height: number; pixel: (x: number, y: number) => string };

// Reads an 8-bit RGBA, non-interlaced PNG whose rows use filter 0 (what lib/og/png.ts writes),
// checking every chunk's CRC; gives each pixel as "#rrggbb".
export function decodePng(bytes: Buffer): DecodedPng {
  if (bytes.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a") throw new Error("not a PNG");
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("latin1", offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    const crc = bytes.readUInt32BE(offset + 8 + length);
    if (crc !== crc32(bytes.subarray(offset + 4, offset + 8 + length)))
      throw new Error(`bad CRC in ${type}`);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[9] !== 6 || body[12] !== 0) throw new Error("not 8-bit RGBA");
    }
    if (type === "IDAT") data.push(body);
    offset += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  const stride = width * 4 + 1;
  if (rows.length !== stride * height) throw new Error("pixel data has the wrong length");
  for (let y = 0; y < height; y++) if (rows[y * stride] !== 0) throw new Error("row filter");
  const pixel = (x: number, y: number) =>
    `#${rows.subarray(y * stride + 1 + x * 4, y * stride + 4 + x * 4).toString("hex")}`;
  return { width, height, pixel };
}

// Bitwise CRC-32, independent of the table-driven one under test.
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
