import { describe, expect, it } from 'vitest';
import { encodeQr } from '../../../src/lib/qr/encode';
import { QR_QUIET_ZONE, qrPath, qrViewBox } from '../../../src/lib/qr/svg';

describe('qrPath', () => {
  const m = encodeQr('https://activations.example.org/en/gelu/?x=-1.3')!;

  it('qrViewBox(m) is the symbol plus a four-module quiet zone on each side', () => {
    expect(QR_QUIET_ZONE).toBe(4);
    expect(qrViewBox(m)).toBe(`0 0 ${m.size + 8} ${m.size + 8}`);
  });

  it('qrPath(m) covers exactly the dark modules, one rectangle per run, each inside the symbol', () => {
    const runs = [...qrPath(m).matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
    expect(runs.map((r) => r[0]).join('')).toBe(qrPath(m));
    const covered = new Set<number>();
    for (const [, x, y, len, back] of runs) {
      expect(back).toBe(len);
      for (let i = 0; i < Number(len); i++) {
        const cx = Number(x) - QR_QUIET_ZONE + i;
        const cy = Number(y) - QR_QUIET_ZONE;
        expect(cx >= 0 && cx < m.size && cy >= 0 && cy < m.size).toBe(true);
        covered.add(cy * m.size + cx);
      }
    }
    const dark = m.modules.flatMap((d, i) => (d ? [i] : []));
    expect([...covered].sort((a, b) => a - b)).toEqual(dark);
    // The top-left finder pattern's first row is one run of seven.
    expect(runs[0]?.[0]).toBe('M4 4h7v1h-7z');
  });
});
