// Types of the two font tools the build and its checks use (neither ships its own).

declare module 'subset-font' {
  /** A copy of `font` with only the glyphs of `text`, in `targetFormat` (the input's by default). */
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt' },
  ): Promise<Buffer>;
}

declare module 'fontverter' {
  /** Converts a font between formats: to `sfnt` to read its tables. */
  export function convert(font: Uint8Array, to: 'woff2' | 'woff' | 'truetype' | 'sfnt'): Promise<Buffer>;
}
