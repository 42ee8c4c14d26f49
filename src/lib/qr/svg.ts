import type { QrMatrix } from './encode';

/** The light margin around a symbol, in modules (ISO/IEC 18004 asks for four). */
export const QR_QUIET_ZONE = 4;

/** The SVG viewBox of a symbol with its quiet zone, one unit per module. */
export function qrViewBox(m: QrMatrix): string {
  const side = m.size + 2 * QR_QUIET_ZONE;
  return `0 0 ${side} ${side}`;
}

/**
 * The dark modules as one SVG path (a rectangle per horizontal run of dark modules, so a
 * version-4 symbol is a few hundred short commands), offset by the quiet zone.
 * @example qrPath(encodeQr('a')!) // 'M4 4h7v1h-7zM13 4h...'
 */
export function qrPath(m: QrMatrix): string {
  const parts: string[] = [];
  for (let y = 0; y < m.size; y++) {
    let x = 0;
    while (x < m.size) {
      if (!m.modules[y * m.size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < m.size && m.modules[y * m.size + x]) x++;
      const len = x - start;
      parts.push(`M${start + QR_QUIET_ZONE} ${y + QR_QUIET_ZONE}h${len}v1h-${len}z`);
    }
  }
  return parts.join('');
}
