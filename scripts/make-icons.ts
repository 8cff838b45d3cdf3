// Draws the toolbar/store icons (a gate-keeper's shield with a check mark) as anti-aliased
// PNGs into public/icons. Run once after changing the design: `npx tsx scripts/make-icons.ts`.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const body = Buffer.concat([head.subarray(4), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

function png(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Signed distance (in unit square coordinates) to a shield outline: negative inside. */
function shield(x: number, y: number): number {
  // Flat top with rounded shoulders, sides curving to a point at the bottom.
  const cx = 0.5;
  const top = 0.12;
  const bottom = 0.9;
  if (y < top) return Math.max(top - y, Math.abs(x - cx) - 0.36);
  const t = (y - top) / (bottom - top);
  const half = t < 0.45 ? 0.36 : 0.36 * Math.cos(((t - 0.45) / 0.55) * (Math.PI / 2));
  return Math.max(Math.abs(x - cx) - half, y - bottom);
}

function segment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function draw(size: number): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      let tick = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = (x + (sx + 0.5) / samples) / size;
          const v = (y + (sy + 0.5) / samples) / size;
          if (shield(u, v) < 0) {
            cover++;
            const d = Math.min(segment(u, v, 0.32, 0.5, 0.45, 0.63), segment(u, v, 0.45, 0.63, 0.69, 0.36));
            if (d < 0.06) tick++;
          }
        }
      }
      const n = samples * samples;
      const a = cover / n;
      const w = tick / Math.max(cover, 1);
      const i = (y * size + x) * 4;
      // Teal shield, white check.
      rgba[i] = Math.round(15 + (255 - 15) * w);
      rgba[i + 1] = Math.round(118 + (255 - 118) * w);
      rgba[i + 2] = Math.round(110 + (255 - 110) * w);
      rgba[i + 3] = Math.round(255 * a);
    }
  }
  return png(size, rgba);
}

for (const size of [16, 32, 48, 128]) {
  writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), draw(size));
}
