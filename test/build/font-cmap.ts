import { convert } from 'fontverter';
import * as hb from 'harfbuzzjs';

/** The Unicode code points a font file (woff2, woff or ttf) maps to glyphs, read by HarfBuzz. */
export async function fontCodePoints(font: Uint8Array): Promise<Set<number>> {
  const sfnt = await convert(font, 'sfnt');
  const face = new hb.Face(new hb.Blob(sfnt));
  return new Set(face.collectUnicodes());
}
