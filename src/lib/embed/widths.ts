/** The widths the embed dialog offers, in CSS px, and the host's full width. */
export const embedWidths = [400, 640, 800, 1000, '100%'] as const;

/** One of the offered widths. */
export type EmbedWidth = (typeof embedWidths)[number];

/** A width from a select's value: one of `embedWidths`, else 640. */
export function readEmbedWidth(value: string): EmbedWidth {
  return embedWidths.find((w) => String(w) === value) ?? 640;
}
