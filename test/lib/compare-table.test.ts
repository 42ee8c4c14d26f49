import { describe, expect, it } from 'vitest';
import { activation, activationIds, SELU_SCALE_ALPHA, type Activation } from '../../src/lib/math';
import {
  compareRow,
  compareRows,
  costOrder,
  displayDigits,
  rangeOf,
  torchSignature,
} from '../../src/lib/compare-table';
import { bibliography } from '../../src/markdown/bibliography';
import { assertAbsClose, assertRelClose } from './math/helpers';

// Source of truth: the closed forms of each function (exact where the value is exact), and
// for the minima the literature values GELU (−0.7518, −0.16997) and SiLU y = x + 1 with
// x = −1 − W(1/e) = −1.2784645427610738.
const row = (id: string) => compareRow(activation(id));

describe('compareRows()', () => {
  it('compareRows() yields one complete row per registry entry, in registry order', () => {
    const rows = compareRows();
    expect(rows.map((r) => r.id)).toEqual([...activationIds]);
    for (const r of rows) {
      for (const v of [r.lower.value, r.upper.value, r.valueAtZero, r.slopeAtZero])
        expect(Number.isNaN(v), `${r.id}: NaN`).toBe(false);
      expect(Number.isFinite(r.valueAtZero) && Number.isFinite(r.slopeAtZero), r.id).toBe(true);
      expect(r.tex.length, r.id).toBeGreaterThan(5);
      expect(r.torch, r.id).toMatch(/^nn\.\w+\(.*\)$/);
      expect(costOrder, r.id).toContain(r.cost);
      expect(r.lower.value <= r.valueAtZero && r.valueAtZero <= r.upper.value, r.id).toBe(true);
      if (r.minimum) expect(r.minimum.y, r.id).toBe(r.lower.value);
    }
  });

  it("every row's source is a key of content/bibliography.yaml with a year", () => {
    const bib = bibliography();
    for (const r of compareRows()) {
      const e = bib[r.source];
      expect(e, r.id).toBeDefined();
      expect(e && e.kind !== 'docs' ? e.year : null, r.id).toBeGreaterThan(1900);
    }
  });
});

describe('rangeOf()', () => {
  it('rangeOf(GELU) is [min, ∞) with the minimum −0.16997 at x = −0.7518 (to 1e-4)', () => {
    const { lower, upper, minimum } = rangeOf(activation('gelu'));
    expect(lower.closed).toBe(true);
    assertAbsClose(lower.value, -0.16997, 1e-4, 'GELU min');
    assertAbsClose(minimum?.x ?? NaN, -0.7518, 1e-4, 'GELU argmin');
    expect(upper).toEqual({ value: Infinity, closed: false });
  });

  it('rangeOf(SiLU) is [min, ∞) with y = x + 1, x = −1.2784645427610738 (to 1e-12)', () => {
    const { lower, minimum } = rangeOf(activation('silu'));
    expect(lower.closed).toBe(true);
    assertRelClose(minimum?.x ?? NaN, -1.2784645427610738, 1e-12, 'SiLU argmin');
    assertRelClose(lower.value, -0.2784645427610738, 1e-12, 'SiLU min');
  });

  it('rangeOf(ReLU) is [0, ∞), its minimum flat; Hardswish [−0.375, ∞) at x = −1.5 (exact)', () => {
    expect(rangeOf(activation('relu')).lower).toEqual({ value: 0, closed: true });
    expect(rangeOf(activation('relu')).minimum?.flat).toBe(true);
    const h = rangeOf(activation('hardswish'));
    expect(h.lower).toEqual({ value: -0.375, closed: true });
    expect(h.minimum?.x).toBe(-1.5);
    expect(h.minimum?.flat).toBe(false);
  });

  it('rangeOf(Mish) is closed below at a point where the slope vanishes, near (−1.1924, −0.3088) (to 1e-3)', () => {
    const a = activation('mish');
    const { lower, minimum } = rangeOf(a);
    expect(lower.closed).toBe(true);
    assertAbsClose(minimum?.x ?? NaN, -1.1924, 1e-3, 'Mish argmin');
    assertAbsClose(lower.value, -0.3088, 1e-3, 'Mish min');
    assertAbsClose(a.df(minimum?.x ?? NaN), 0, 1e-12, "Mish' at its minimum");
  });

  it('rangeOf() gives open limits for the monotonic ones: sigmoid (0, 1), tanh (−1, 1), ELU (−1, ∞), SELU (−λα, ∞), softplus (0, ∞), Leaky ReLU (−∞, ∞)', () => {
    const open = (id: string) => {
      const { lower, upper } = rangeOf(activation(id));
      expect(lower.closed || upper.closed, id).toBe(false);
      return [lower.value, upper.value];
    };
    expect(open('sigmoid')).toEqual([0, 1]);
    expect(open('tanh')).toEqual([-1, 1]);
    expect(open('elu')).toEqual([-1, Infinity]);
    expect(open('softplus')).toEqual([0, Infinity]);
    expect(open('leaky-relu')).toEqual([-Infinity, Infinity]);
    const [seluLow] = open('selu');
    assertRelClose(seluLow ?? NaN, -SELU_SCALE_ALPHA, 1e-15, 'SELU floor');
    expect(rangeOf(activation('selu')).minimum).toBeNull();
  });

  it('rangeOf() throws on a non-monotonic entry without a minimum (a registry bug)', () => {
    const broken: Activation = { ...activation('gelu'), id: 'broken' };
    delete broken.minimum;
    expect(() => rangeOf(broken)).toThrow(/broken/);
  });
});

describe('compareRow()', () => {
  it("compareRow() takes f(0) and f'(0) with PyTorch's conventions (exact values)", () => {
    const at0 = (id: string) => [row(id).valueAtZero, row(id).slopeAtZero];
    expect(at0('gelu')).toEqual([0, 0.5]);
    expect(at0('relu')).toEqual([0, 0]);
    expect(at0('leaky-relu')).toEqual([0, 0.01]);
    expect(at0('silu')).toEqual([0, 0.5]);
    expect(at0('sigmoid')).toEqual([0.5, 0.25]);
    expect(at0('tanh')).toEqual([0, 1]);
    expect(at0('elu')).toEqual([0, 1]);
    expect(at0('hardswish')).toEqual([0, 0.5]);
    expect(Object.is(row('gelu').valueAtZero, -0)).toBe(false);
  });

  it("compareRow() gives softplus(0) = ln 2, Mish'(0) = 3/5 and SELU'(0) = λα (to 1e-15 relative)", () => {
    assertRelClose(row('softplus').valueAtZero, Math.LN2, 1e-15, 'softplus(0)');
    expect(row('softplus').slopeAtZero).toBe(0.5);
    assertRelClose(row('mish').slopeAtZero, 0.6, 1e-15, "mish'(0)");
    assertRelClose(row('selu').slopeAtZero, SELU_SCALE_ALPHA, 1e-15, "selu'(0)");
  });

  it('compareRow() reads bounds and properties: tanh and SELU are the zero-centred ones; sigmoid and tanh bounded above', () => {
    const rows = compareRows();
    expect(rows.filter((r) => r.zeroCentred).map((r) => r.id)).toEqual(['tanh', 'selu']);
    expect(rows.filter((r) => r.boundedAbove).map((r) => r.id)).toEqual(['sigmoid', 'tanh']);
    expect(rows.filter((r) => !r.boundedBelow).map((r) => r.id)).toEqual(['leaky-relu']);
    expect(row('gelu').smooth).toBe(true);
    expect(row('relu').smooth).toBe(false);
    expect(row('gelu').monotonic).toBe(false);
  });
});

describe('torchSignature()', () => {
  it("torchSignature() spells PyTorch's defaults as its signature does", () => {
    expect(torchSignature(activation('elu'))).toBe('nn.ELU(alpha=1.0)');
    expect(torchSignature(activation('leaky-relu'))).toBe('nn.LeakyReLU(negative_slope=0.01)');
    expect(torchSignature(activation('softplus'))).toBe('nn.Softplus(beta=1.0, threshold=20.0)');
    expect(torchSignature(activation('gelu'))).toBe("nn.GELU(approximate='none')");
    expect(torchSignature(activation('relu'))).toBe('nn.ReLU()');
  });
});

describe('displayDigits()', () => {
  it('displayDigits() keeps exact values short and rounds the rest to 4 digits', () => {
    expect(displayDigits(0)).toBe(0);
    expect(displayDigits(1)).toBe(0);
    expect(displayDigits(0.5)).toBe(1);
    expect(displayDigits(0.25)).toBe(2);
    expect(displayDigits(0.01)).toBe(2);
    expect(displayDigits(-0.375)).toBe(3);
    expect(displayDigits(0.6000000000000001)).toBe(1);
    expect(displayDigits(Math.LN2)).toBe(4);
    expect(displayDigits(-0.16997)).toBe(4);
    expect(displayDigits(Infinity)).toBe(0);
    expect(displayDigits(NaN)).toBe(0);
  });
});
