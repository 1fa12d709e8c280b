/**
 * Draws the add-in's icons (PNG) from geometry, so they are reproducible without an image editor:
 * a white envelope with an orange reminder dot on Fluent's brand blue. `outline.png` is the white,
 * transparent 32×32 outline the unified manifest asks for. Run: `npx tsx outlook-addin/scripts/make-icons.ts`.
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

type Rgba = [number, number, number, number];

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
  const body = Buffer.concat([Buffer.from(type, 'latin1'), Buffer.from(data)]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

export function encodePng(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Distance from p to the segment ab, in the unit square. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function roundedSquare(x: number, y: number, inset: number, radius: number): boolean {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  return Math.hypot(x - cx, y - cy) <= radius;
}

/** The envelope's strokes: its border and its flap, as segments in the unit square. */
const ENVELOPE: [number, number, number, number][] = [
  [0.2, 0.32, 0.8, 0.32],
  [0.8, 0.32, 0.8, 0.74],
  [0.8, 0.74, 0.2, 0.74],
  [0.2, 0.74, 0.2, 0.32],
  [0.2, 0.32, 0.5, 0.55],
  [0.5, 0.55, 0.8, 0.32],
];

function envelopeStroke(x: number, y: number, width: number): boolean {
  return ENVELOPE.some(([ax, ay, bx, by]) => segmentDistance(x, y, ax, ay, bx, by) <= width / 2);
}

const BLUE: Rgba = [0x0f, 0x6c, 0xbd, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const ORANGE: Rgba = [0xf7, 0x63, 0x0c, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

function colorSample(x: number, y: number, size: number): Rgba {
  const stroke = Math.max(0.06, 1.6 / size);
  if (Math.hypot(x - 0.78, y - 0.3) <= 0.14) return ORANGE;
  if (Math.hypot(x - 0.78, y - 0.3) <= 0.14 + stroke / 2) return BLUE;
  if (envelopeStroke(x, y, stroke)) return WHITE;
  if (roundedSquare(x, y, 0.02, 0.18)) return BLUE;
  return CLEAR;
}

function outlineSample(x: number, y: number, size: number): Rgba {
  const stroke = Math.max(0.07, 1.8 / size);
  if (Math.hypot(x - 0.78, y - 0.3) <= 0.12) return WHITE;
  if (Math.hypot(x - 0.78, y - 0.3) <= 0.12 + stroke) return CLEAR;
  return envelopeStroke(x, y, stroke) ? WHITE : CLEAR;
}

/** Anti-aliased pixel: 4×4 samples, premultiplied average. */
function render(size: number, sample: (x: number, y: number, size: number) => Rgba) {
  return (px: number, py: number): Rgba => {
    const n = 4;
    let r = 0, g = 0, b = 0, a = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const [sr, sg, sb, sa] = sample((px + (i + 0.5) / n) / size, (py + (j + 0.5) / n) / size, size);
        r += sr * sa; g += sg * sa; b += sb * sa; a += sa;
      }
    }
    if (a === 0) return CLEAR;
    return [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round(a / (n * n))];
  };
}

export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128] as const;

export function makeIcons(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const write = (name: string, png: Buffer) => {
    writeFileSync(join(dir, name), png);
    written.push(name);
  };
  for (const size of ICON_SIZES) write(`icon-${size}.png`, encodePng(size, render(size, colorSample)));
  write('color.png', encodePng(192, render(192, colorSample)));
  write('outline.png', encodePng(32, render(32, outlineSample)));
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  console.log(`icons written to ${dir}: ${makeIcons(dir).join(', ')}`);
}
