// IEEE 754 binary32 ("float32", PyTorch's default dtype), probed through Math.fround, which
// rounds a double to the nearest float32 (ties to even): nothing is typed in.

/** The gap between 1 and the next float32 (2^-23 ≈ 1.19e-7): the relative rounding step. */
export function float32Epsilon(): number {
  let eps = 1;
  while (Math.fround(1 + eps / 2) > 1) eps /= 2;
  return eps;
}

/** The number of fraction bits of a float32 (23): log2 of 1/epsilon. */
export function float32FractionBits(): number {
  return Math.round(-Math.log2(float32Epsilon()));
}

/** The largest finite float32 ((2 − 2^-23)·2^127 ≈ 3.40e38): doubling it overflows to infinity. */
export function float32Max(): number {
  let top = 1;
  while (Math.fround(top * 2) !== Infinity) top *= 2;
  return top * (2 - float32Epsilon());
}

/** The numbers prose quotes about float32 and rounding. */
export function float32Facts(): Readonly<Record<string, number>> {
  const tenth = Math.fround(0.1);
  return {
    float32Epsilon: float32Epsilon(),
    float32FractionBits: float32FractionBits(),
    float32Max: float32Max(),
    /** 0.1 stored as a float32: 0.100000001490116…, off by about 1.5e-9. */
    float32Tenth: tenth,
    float32TenthError: tenth - 0.1,
  };
}
