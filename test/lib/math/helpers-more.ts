// The reference fixture of the second batch of activations (Tanh … Hardswish).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assertMatchesReference, type FixturePoint } from './helpers';

type Raw = number | 'nan' | 'inf' | '-inf';

const decode = (v: Raw): number => (v === 'nan' ? Number.NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v);

let points: FixturePoint[] | undefined;

/**
 * test/fixtures/values_more_public.json: mpmath at 50 digits, correctly rounded to float64
 * (see its meta.conventions for kinks, limits and zero signs), "nan"/"inf" decoded to numbers.
 */
export function loadMoreFixture(): FixturePoint[] {
  if (points) return points;
  const path = fileURLToPath(new URL('../../fixtures/values_more_public.json', import.meta.url));
  const json = JSON.parse(readFileSync(path, 'utf8')) as { points: Array<Record<string, Raw>> };
  points = json.points.map((p) => {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(p)) out[k] = decode(v);
    return out as FixturePoint;
  });
  return points;
}

/**
 * assertMatchesReference over one column of values_more_public.json (exact at ±0, ±∞, NaN,
 * 1e-12 relative for normal results, 4·2^-1074 absolute for subnormal ones); throws if the
 * column is missing, returns how many points it checked.
 */
export function checkMoreColumn(column: string, f: (x: number) => number): number {
  let n = 0;
  for (const p of loadMoreFixture()) {
    const expected = p[column];
    if (expected === undefined) continue;
    assertMatchesReference(f(p.x), expected, `${column}(${p.x})`);
    n++;
  }
  if (n === 0) throw new Error(`values_more_public.json has no column ${column}`);
  return n;
}
