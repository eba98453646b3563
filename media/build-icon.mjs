#!/usr/bin/env node
// Draws media/icon.png (128×128 RGBA): the roofline plot of roofline.svg on a dark rounded
// square — axes, a sloped memory-bound line meeting a flat compute-bound line at the ridge
// point. Raw PNG bytes (zlib from node), anti-aliased by 4×4 supersampling.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const N = 128;
const S = 4; // supersampling per axis
const bg = [30, 36, 48];
const axis = [140, 150, 168];
const memory = [86, 182, 255];
const compute = [255, 176, 64];
const ridge = [255, 255, 255];

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), N - r);
  const cy = Math.min(Math.max(y, r), N - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

// Shapes in 128-unit coordinates, painted in order.
const shapes = [
  { color: axis, seg: [22, 18, 22, 106], w: 5 },
  { color: axis, seg: [22, 106, 110, 106], w: 5 },
  { color: memory, seg: [30, 96, 64, 44], w: 9 },
  { color: compute, seg: [64, 44, 106, 44], w: 9 },
  { color: ridge, dot: [64, 44], r: 7.5 },
];

function sample(x, y) {
  if (!insideRoundedSquare(x, y, 22)) return null;
  let c = bg;
  for (const s of shapes) {
    if (s.seg && distToSegment(x, y, ...s.seg) <= s.w / 2) c = s.color;
    if (s.dot && Math.hypot(x - s.dot[0], y - s.dot[1]) <= s.r) c = s.color;
  }
  return c;
}

const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < N; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < S; sy++) {
      for (let sx = 0; sx < S; sx++) {
        const c = sample(x + (sx + 0.5) / S, y + (sy + 0.5) / S);
        if (!c) continue;
        r += c[0];
        g += c[1];
        b += c[2];
        a++;
      }
    }
    const o = y * (N * 4 + 1) + 1 + x * 4;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((255 * a) / (S * S));
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = join(dirname(fileURLToPath(import.meta.url)), 'icon.png');
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
