// Shared assertions and the reference fixture for the numeric tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Smallest positive normal double; below it only an absolute tolerance makes sense. */
export const MIN_NORMAL = 2.2250738585072014e-308;
/** Smallest positive subnormal double (one unit in the last place down there). */
export const MIN_SUBNORMAL = 5e-324;
/** The accuracy the design promises for normal results (DESIGN.md §3). */
export const REL_TOL = 1e-12;
/** Subnormal results: a few units of 2^-1074. */
export const SUBNORMAL_ABS_TOL = 4 * MIN_SUBNORMAL;

/** Throws unless |actual - expected| <= tol·|expected|, saying by how much it missed. */
export function assertRelClose(actual: number, expected: number, tol: number, what = ''): void {
  const err = Math.abs(actual - expected) / Math.abs(expected);
  if (!(err <= tol))
    throw new Error(`${what}: got ${actual}, expected ${expected} (relative error ${err.toExponential(3)} > ${tol})`);
}

/** Throws unless |actual - expected| <= tol. */
export function assertAbsClose(actual: number, expected: number, tol: number, what = ''): void {
  const err = Math.abs(actual - expected);
  if (!(err <= tol)) throw new Error(`${what}: got ${actual}, expected ${expected} (|error| ${err} > ${tol})`);
}

/** Throws unless Object.is(actual, expected): same value, same zero sign, NaN is NaN. */
export function assertSame(actual: number, expected: number, what = ''): void {
  if (!Object.is(actual, expected))
    throw new Error(
      `${what}: got ${Object.is(actual, -0) ? '-0' : actual}, expected exactly ${Object.is(expected, -0) ? '-0' : expected}`,
    );
}

/**
 * The check every reference value gets: exact where the reference is ±0, ±∞ or NaN (and
 * wherever `exact` says the function is exact), relative 1e-12 for a normal result,
 * absolute 4·2^-1074 for a subnormal one.
 */
export function assertMatchesReference(actual: number, expected: number, what: string, exact = false): void {
  if (exact || expected === 0 || !Number.isFinite(expected)) assertSame(actual, expected, what);
  else if (Math.abs(expected) >= MIN_NORMAL) assertRelClose(actual, expected, REL_TOL, what);
  else assertAbsClose(actual, expected, SUBNORMAL_ABS_TOL, what);
}

/** The double k ulps further from zero than x (k < 0: closer to zero), same sign. */
export function nextDouble(x: number, k: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigInt64(0, view.getBigInt64(0) + BigInt(k));
  return view.getFloat64(0);
}

/** One reference point: x and the correctly rounded value of each column. */
export type FixturePoint = Record<string, number> & { x: number };

type Raw = number | 'nan' | 'inf' | '-inf';

const decode = (v: Raw): number => (v === 'nan' ? Number.NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v);

let fixture: { alphas: number[]; points: FixturePoint[] } | undefined;

/**
 * test/fixtures/values_public.json: mpmath at 50 digits, correctly rounded to float64
 * (see its meta.conventions), decoded so that "nan"/"inf" are numbers again.
 */
export function loadFixture(): { alphas: number[]; points: FixturePoint[] } {
  if (fixture) return fixture;
  const path = fileURLToPath(new URL('../../fixtures/values_public.json', import.meta.url));
  const json = JSON.parse(readFileSync(path, 'utf8')) as {
    meta: { alphas: number[] };
    points: Array<Record<string, Raw>>;
  };
  const points = json.points.map((p) => {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(p)) out[k] = decode(v);
    return out as FixturePoint;
  });
  fixture = { alphas: json.meta.alphas, points };
  return fixture;
}

/** Runs assertMatchesReference over one fixture column; returns how many points it checked. */
export function checkColumn(column: string, f: (x: number) => number, exact = false): number {
  const { points } = loadFixture();
  let n = 0;
  for (const p of points) {
    const expected = p[column];
    if (expected === undefined) continue;
    assertMatchesReference(f(p.x), expected, `${column}(${p.x})`, exact);
    n++;
  }
  return n;
}
