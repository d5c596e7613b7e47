// Draws Inkwell's icon (an ink bottle on a round field) at the sizes the stores want, as PNG,
// with no image library: a tiny PNG encoder over zlib. Run once; the PNGs are committed.

import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function pixel(x, y) {
  // Unit coordinates, centre (0.5, 0.5).
  const dx = x - 0.5,
    dy = y - 0.5;
  const r = Math.hypot(dx, dy);
  if (r > 0.48) return [0, 0, 0, 0];
  const field = [43, 52, 92, 255]; // deep ink blue
  // Bottle: body rectangle with rounded shoulders, neck, and a cream label.
  const inBody = x > 0.3 && x < 0.7 && y > 0.42 && y < 0.8;
  const inNeck = x > 0.42 && x < 0.58 && y > 0.26 && y <= 0.42;
  const inLip = x > 0.38 && x < 0.62 && y > 0.2 && y <= 0.27;
  if (inBody && y > 0.52 && y < 0.68 && x > 0.36 && x < 0.64) return [43, 52, 92, 255];
  if (inBody || inNeck || inLip) return [246, 238, 220, 255];
  return field;
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) {
  const ss = 4; // supersampling for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const p = pixel((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          for (let i = 0; i < 3; i++) acc[i] += p[i] * p[3];
          acc[3] += p[3];
        }
      const a = acc[3] / (ss * ss);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      for (let i = 0; i < 3; i++) raw[o + i] = acc[3] ? Math.round(acc[i] / acc[3]) : 0;
      raw[o + 3] = Math.round(a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
  writeFileSync(`public/icon/${size}.png`, png);
}
console.log('icons:', SIZES.join(', '));
