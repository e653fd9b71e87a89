// Draws the add-in icons (assets/icon-<size>.png) with nothing but Node's zlib: a rounded square in
// the brand colour with three rising white bars and a small target dot above the tallest one.
// Run `node scripts/make-icons.mjs` after changing the design; the PNGs are committed.
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ICON_SIZES = [16, 32, 64, 80, 128];
const BRAND = [0x0e, 0x6e, 0x6a]; // deep teal
const WHITE = [0xff, 0xff, 0xff];
const ACCENT = [0xf5, 0xb7, 0x00]; // amber target dot
const SUPERSAMPLE = 8;

/** Shapes in unit coordinates (0..1, y down). Returns the colour covering (x, y), or null. */
function shade(x, y) {
  const m = 0.04; // margin around the rounded square
  const r = 0.2; // corner radius
  const inSquare = (() => {
    if (x < m || x > 1 - m || y < m || y > 1 - m) return false;
    const cx = Math.min(Math.max(x, m + r), 1 - m - r);
    const cy = Math.min(Math.max(y, m + r), 1 - m - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  })();
  if (!inSquare) return null;
  const base = 0.8;
  const bars = [
    { x0: 0.2, x1: 0.33, top: 0.58 },
    { x0: 0.435, x1: 0.565, top: 0.45 },
    { x0: 0.67, x1: 0.8, top: 0.32 },
  ];
  for (const b of bars) if (x >= b.x0 && x <= b.x1 && y >= b.top && y <= base) return WHITE;
  if ((x - 0.735) ** 2 + (y - 0.19) ** 2 <= 0.075 ** 2) return ACCENT;
  return BRAND;
}

/** RGBA pixels of one icon, anti-aliased by averaging SUPERSAMPLE² samples per pixel. */
export function renderIcon(size) {
  const px = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let pxi = 0; pxi < size; pxi++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = shade((pxi + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const o = (py * size + pxi) * 4;
      // Colour averaged over covered samples (straight alpha), coverage as alpha.
      px[o] = a ? Math.round(r / a) : 0;
      px[o + 1] = a ? Math.round(g / a) : 0;
      px[o + 2] = a ? Math.round(b / a) : 0;
      px[o + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit RGBA, no interlace, filter 0 on every row). */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
  mkdirSync(out, { recursive: true });
  for (const size of ICON_SIZES) {
    writeFileSync(join(out, `icon-${size}.png`), encodePng(size, size, renderIcon(size)));
    console.log(`assets/icon-${size}.png`);
  }
}
