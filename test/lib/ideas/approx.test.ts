import { describe, expect, it } from 'vitest';
import { gelu, geluSigmoid, geluTanh } from '../../../src/lib/math';
import { approxGap, approxMaxErrors, float32Forms, largestFormGap } from '../../../src/lib/ideas/approx';
import { formatTensor } from '../../../src/lib/torch/format';
import { assertAbsClose } from '../math/helpers';

/** max |g| over a dense grid of [0, 6] (step 1e-5): an independent check of the maximiser. */
function denseMax(g: (x: number) => number): { x: number; error: number } {
  let best = { x: 0, error: 0 };
  for (let i = 0; i <= 600000; i++) {
    const x = i * 1e-5;
    const e = Math.abs(g(x));
    if (e > best.error) best = { x, error: e };
  }
  return best;
}

describe('approxMaxErrors', () => {
  it('approxMaxErrors().tanh ≈ 4.73e-4 at |x| ≈ 2.70, equal to a dense search to 1e-9', () => {
    // Dense search step 1e-5: |gap| moves by < 1e-12 within a step near the maximum, so
    // the two maxima agree far inside 1e-9; the location to one grid step (1e-5).
    const { tanh } = approxMaxErrors();
    const dense = denseMax((x) => geluTanh(x) - gelu(x));
    assertAbsClose(tanh.error, dense.error, 1e-9, 'max error');
    assertAbsClose(tanh.x, dense.x, 1e-5, 'argmax');
    assertAbsClose(tanh.error, 4.73e-4, 5e-7, 'quoted value');
    assertAbsClose(tanh.x, 2.7, 0.005, 'quoted location');
  });

  it('approxMaxErrors().sigmoid ≈ 0.0203, equal to a dense search to 1e-9', () => {
    const { sigmoid } = approxMaxErrors();
    const dense = denseMax((x) => geluSigmoid(x) - gelu(x));
    assertAbsClose(sigmoid.error, dense.error, 1e-9, 'max error');
    assertAbsClose(sigmoid.error, 0.0203, 5e-5, 'quoted value');
  });

  it('approxGap() is even in x (to 1e-14 absolute: cancellation in a − b) and 0 at x = 0', () => {
    expect(approxGap('tanh', 0)).toBe(0);
    for (const x of [0.3, 1.7, 2.7, 5]) {
      assertAbsClose(approxGap('tanh', -x), approxGap('tanh', x), 1e-14, `tanh ${x}`);
      assertAbsClose(approxGap('sigmoid', -x), approxGap('sigmoid', x), 1e-14, `sigmoid ${x}`);
    }
  });
});

describe('float32Forms', () => {
  it('float32Forms() on the example tensor prints −0.0040 (erf) vs −0.0036 (tanh) at x = −3, as PyTorch does', () => {
    // Source of truth: PyTorch 1.13 prints tensor([-0.0040, -0.1587, 0.0000, 0.8413, 2.9960]) for
    // F.gelu and tensor([-0.0036, -0.1588, 0.0000, 0.8412, 2.9964]) with approximate='tanh';
    // the float32 values come from the emulated kernels (src/lib/torch), not typed in.
    const forms = float32Forms([-3, -1, 0, 1, 3]);
    expect(formatTensor({ data: forms.map((f) => f.erf) })).toBe(
      'tensor([-0.0040, -0.1587,  0.0000,  0.8413,  2.9960])',
    );
    expect(formatTensor({ data: forms.map((f) => f.tanh) })).toBe(
      'tensor([-0.0036, -0.1588,  0.0000,  0.8412,  2.9964])',
    );
    for (const f of forms) expect(f.erf).toBe(Math.fround(f.erf));
  });

  it('largestFormGap() finds the largest float32 difference of the example (≈ 4.1e-4 at |x| = 3)', () => {
    const best = largestFormGap(float32Forms([-3, -1, 0, 1, 3]));
    expect(best).not.toBeNull();
    expect(Math.abs(best!.x)).toBe(3);
    // float64 gap at 3 is 4.1263e-4; float32 rounding moves it by < 1e-6.
    assertAbsClose(Math.abs(best!.gap), Math.abs(approxGap('tanh', 3)), 1e-6, 'gap at 3');
    expect(largestFormGap([])).toBeNull();
    // Relative to the exact value, x = −3 stands out: (−0.0036374 + 0.0040499) / 0.0040499 ≈ 10 %.
    expect(largestFormGap(float32Forms([-3, -1, 0, 1, 3]), true)?.x).toBe(-3);
  });
});
