import { describe, expect, it } from 'vitest';
import { encodeQr, qrPenalty, QR_MAX_VERSION, type QrMatrix } from '../../../src/lib/qr/encode';
import reference from '../../fixtures/qr-qrencode.json';

// Source of truth: symbols made by libqrencode 4.1.1 (scripts/qr-fixtures.mjs), an independent
// encoder. Module matrices are compared exactly (no tolerance: a QR symbol is bits).

const rowsOf = (m: QrMatrix) =>
  Array.from({ length: m.size }, (_, y) =>
    m.modules
      .slice(y * m.size, (y + 1) * m.size)
      .map((d) => (d ? '1' : '0'))
      .join(''),
  );

/** The mask a symbol declares in its first copy of the format information. */
function declaredMask(rows: readonly string[]): { level: number; mask: number } {
  const at = (x: number, y: number) => Number(rows[y]?.[x] === '1');
  const cells: Array<[number, number]> = [
    [8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8], [7, 8],
    [5, 8], [4, 8], [3, 8], [2, 8], [1, 8], [0, 8],
  ]; // prettier-ignore
  const bits = cells.reduce((acc, [x, y], i) => acc | (at(x, y) << i), 0) ^ 0x5412;
  return { level: bits >>> 13, mask: (bits >>> 10) & 7 };
}

describe('encodeQr', () => {
  for (const { text, rows } of reference.cases) {
    const label = text.length > 40 ? `${text.slice(0, 40)}… (${text.length})` : text;
    it(`encodeQr(${JSON.stringify(label)}) with libqrencode's mask is libqrencode's symbol`, () => {
      const { level, mask } = declaredMask(rows);
      expect(level).toBe(0); // level M
      const m = encodeQr(text, { mask });
      expect(m?.size).toBe(rows.length);
      expect(rowsOf(m!)).toEqual(rows);
    });
    it(`encodeQr(${JSON.stringify(label)}) picks the mask of lowest penalty, in the same version`, () => {
      const m = encodeQr(text)!;
      expect(m.size).toBe(rows.length);
      const scores = Array.from({ length: 8 }, (_, k) => qrPenalty(encodeQr(text, { mask: k })!));
      expect(qrPenalty(m)).toBe(Math.min(...scores));
      expect(m.mask).toBe(scores.indexOf(Math.min(...scores)));
    });
  }

  it('encodeQr chooses the smallest version: 17 bytes fit version 2, 180 version 9, 181 version 10', () => {
    expect(encodeQr('a'.repeat(14))?.version).toBe(1);
    expect(encodeQr('a'.repeat(15))?.version).toBe(2);
    expect(encodeQr('a'.repeat(180))?.version).toBe(9);
    expect(encodeQr('a'.repeat(181))?.version).toBe(10);
  });

  it(`encodeQr returns null beyond version ${QR_MAX_VERSION} (213 bytes at level M)`, () => {
    expect(encodeQr('a'.repeat(213))?.version).toBe(10);
    expect(encodeQr('a'.repeat(214))).toBeNull();
    // UTF-8: 72 three-byte characters are 216 bytes.
    expect(encodeQr('誤'.repeat(71))?.version).toBe(10);
    expect(encodeQr('誤'.repeat(72))).toBeNull();
  });

  it('encodeQr("") is a valid version-1 symbol', () => {
    expect(encodeQr('')?.size).toBe(21);
  });
});

describe('qrPenalty', () => {
  it('qrPenalty scores N1–N4 on an all-light 21 × 21 matrix: 21·2·19 + 400·3 + 0 + 100', () => {
    const m = { version: 1, mask: 0, size: 21, modules: new Array<boolean>(441).fill(false) };
    // N1: each of 42 lines is one run of 21 (3 + 16 = 19); N2: 20 × 20 blocks × 3;
    // N3: no dark module, no pattern; N4: 0 % dark is 10 steps of 5 % from one half.
    expect(qrPenalty(m)).toBe(42 * 19 + 400 * 3 + 0 + 100);
  });
});
