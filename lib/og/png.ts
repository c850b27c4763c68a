import { deflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOR_TYPE_RGBA = 6;

// CRC-32 as PNG defines it (zlib.crc32 would do, but needs Node 20.15; engines allow 20.9).
const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, tail]);
}

// Encodes 8-bit RGBA pixels (row after row, no padding) as a PNG.
// Rows go unfiltered into zlib at level 1: a share card is large flat areas and text, which
// that already packs small, faster than resvg's own encoder (docs/benchmarks.md).
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
    throw new Error(`PNG size must be positive whole numbers, got ${width}×${height}`);
  if (rgba.length !== stride * height)
    throw new Error(`PNG pixels: expected ${stride * height} bytes, got ${rgba.length}`);
  const pixels = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  const rows = Buffer.alloc((stride + 1) * height); // each row starts with filter type 0 (none)
  for (let y = 0; y < height; y++)
    pixels.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = COLOR_TYPE_RGBA;
  // bytes 10–12: deflate compression, adaptive filtering, no interlace (all 0)
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 1 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
