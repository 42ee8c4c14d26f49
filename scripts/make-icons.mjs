// Renders public/favicon.svg into the raster icons browsers and the web app manifest ask for:
// favicon.ico (32 px PNG inside an ICO container), apple-touch-icon.png (180 px) and
// icon-192.png / icon-512.png. Offline (sharp's bundled librsvg). Run after editing the SVG:
// `node scripts/make-icons.mjs`; the outputs are committed.
import { readFile, writeFile } from 'node:fs/promises';
import sharp from 'sharp';

const svg = await readFile('public/favicon.svg');
const png = (size, pad = 0) =>
  sharp(svg, { density: 72 * Math.ceil((size / 32) * 1.5) })
    .resize(size - 2 * pad, size - 2 * pad)
    // Padded icons are full squares (home screens round them): fill the SVG's rounded corners.
    .flatten(pad > 0 ? { background: '#1f5fbf' } : false)
    .extend({ top: pad, bottom: pad, left: pad, right: pad, background: '#1f5fbf' })
    .png({ compressionLevel: 9 })
    .toBuffer();

/** An ICO file holding one PNG image (supported by every browser since IE 11). */
function ico(image, size) {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image data
  return Buffer.concat([header, image]);
}

await writeFile('public/favicon.ico', ico(await png(32), 32));
await writeFile('public/apple-touch-icon.png', await png(180, 18));
await writeFile('public/icon-192.png', await png(192));
await writeFile('public/icon-512.png', await png(512));
// Maskable: the glyph inside the central 80 % safe zone, the rest filled with the brand colour.
await writeFile('public/icon-maskable-512.png', await png(512, 52));
console.log('icons written to public/');
