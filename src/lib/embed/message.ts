// The message an embed posts to its host page with its content's height. Kept apart from the
// snippet builder so the embed route's script carries only these few bytes.

/** The `type` of the message an embed posts to its host with its content's height. */
export const heightMessageType = 'activation-embed:height';

/** The tallest frame a height message may ask for, in CSS px (a bound on a hostile message). */
export const maxEmbedHeight = 8000;

/** The message an embed posts: its content's height in CSS px, rounded up. */
export function heightMessage(height: number): { type: typeof heightMessageType; height: number } {
  return { type: heightMessageType, height: Math.ceil(height) };
}

/** A height message's height when `data` is one (a finite number in (0, maxEmbedHeight]), else undefined. */
export function readHeightMessage(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== heightMessageType || typeof height !== 'number' || !Number.isFinite(height)) return undefined;
  return height > 0 && height <= maxEmbedHeight ? height : undefined;
}
