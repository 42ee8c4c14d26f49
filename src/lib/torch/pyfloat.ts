// Python's float formatting, reproduced exactly: CPython rounds the exact binary value of the
// double half-to-even (David Gay's dtoa), while JS toFixed/toExponential break exact ties
// upwards (0.03125.toFixed(4) is "0.0313", Python's '{:.4f}' gives '0.0312'). We therefore
// scale the exact value with BigInt and round it ourselves.

/** The exact value of a finite positive double as mantissa · 2^exponent. */
function exactParts(x: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  return biased === 0
    ? { mantissa: fraction, exponent: -1074 }
    : { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/** round(x · 10^k) for finite x ≥ 0, ties to even on the exact value. */
function roundScaled(x: number, k: number): bigint {
  const { mantissa, exponent } = exactParts(x);
  let num = mantissa;
  let den = 1n;
  if (exponent > 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  if (k > 0) num *= 10n ** BigInt(k);
  else den *= 10n ** BigInt(-k);
  const q = num / den;
  const twice = 2n * (num - q * den);
  return twice > den || (twice === den && (q & 1n) === 1n) ? q + 1n : q;
}

function nonFinite(x: number): string | undefined {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  return undefined;
}

// Python keeps the sign of negative zero and of values that round to zero ('-0.0000').
function sign(x: number): string {
  return x < 0 || Object.is(x, -0) ? '-' : '';
}

/** Python's `'{:.Nf}'.format(x)`: fixed notation, N digits after the point, half-even on the exact value. */
export function formatFixed(x: number, digits: number): string {
  const special = nonFinite(x);
  if (special !== undefined) return special;
  const text = roundScaled(Math.abs(x), digits)
    .toString()
    .padStart(digits + 1, '0');
  const body = digits > 0 ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
  return sign(x) + body;
}

/** Python's `'{:.Ne}'.format(x)`: one digit, N decimals, `e`, sign and at least two exponent digits. */
export function formatExponential(x: number, digits: number): string {
  const special = nonFinite(x);
  if (special !== undefined) return special;
  const ax = Math.abs(x);
  let exponent = 0;
  let q = 0n;
  if (ax !== 0) {
    // log10 can be off by one near powers of ten, and rounding can carry into a new digit.
    exponent = Math.floor(Math.log10(ax));
    const low = 10n ** BigInt(digits);
    const high = low * 10n;
    for (let tries = 0; tries < 4; tries += 1) {
      q = roundScaled(ax, digits - exponent);
      if (q >= high) exponent += 1;
      else if (q < low) exponent -= 1;
      else break;
    }
  }
  const text = q.toString().padStart(digits + 1, '0');
  const mantissa = digits > 0 ? `${text.slice(0, 1)}.${text.slice(1)}` : text;
  const expSign = exponent < 0 ? '-' : '+';
  return `${sign(x)}${mantissa}e${expSign}${String(Math.abs(exponent)).padStart(2, '0')}`;
}

/** Shortest round-trip digits of a finite x > 0 and the point position: x = 0.d₁d₂… × 10^point. */
function shortestDigits(ax: number): { digits: string; point: number } {
  // JS's Number→String conversion yields the same shortest, closest digits as Python's repr.
  const [mantissa = '', exp = '0'] = String(ax).split('e');
  const dot = mantissa.indexOf('.');
  let digits = mantissa.replace('.', '');
  let point = (dot === -1 ? mantissa.length : dot) + Number(exp);
  const lead = digits.length - digits.replace(/^0+/, '').length;
  digits = digits.slice(lead).replace(/0+$/, '');
  point -= lead;
  return { digits, point };
}

/**
 * Python's `repr(x)` / `str(x)` for a float: shortest round-trip digits, fixed notation when
 * 1e-4 ≤ |x| < 1e16, otherwise scientific (`1e-05`, `1e+16`), and `nan`, `inf`, `-0.0`.
 */
export function reprFloat(x: number): string {
  const special = nonFinite(x);
  if (special !== undefined) return special;
  if (x === 0) return `${sign(x)}0.0`;
  const { digits, point } = shortestDigits(Math.abs(x));
  let body: string;
  if (point <= -4 || point > 16) {
    const e = point - 1;
    const rest = digits.slice(1);
    body = `${digits.slice(0, 1)}${rest === '' ? '' : `.${rest}`}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  } else if (point <= 0) {
    body = `0.${'0'.repeat(-point)}${digits}`;
  } else if (point >= digits.length) {
    body = `${digits}${'0'.repeat(point - digits.length)}.0`;
  } else {
    body = `${digits.slice(0, point)}.${digits.slice(point)}`;
  }
  return sign(x) + body;
}
