/**
 * A QR code encoder for the printed handout's link: byte mode (UTF-8), error correction level
 * M (about 15 % of the symbol recoverable), versions 1–10 (up to 213 bytes), the mask chosen by
 * the penalty rules of ISO/IEC 18004:2015 §7.8.3. Pure: it returns the module matrix, the
 * caller draws it. The steps follow the standard's order (and Project Nayuki's well-known
 * reference implementation, whose structure this is a reduced port of).
 */

/** A QR symbol: `size` × `size` modules, row-major, true = dark. */
export interface QrMatrix {
  readonly version: number;
  readonly mask: number;
  readonly size: number;
  readonly modules: readonly boolean[];
}

/** The largest version this encoder makes (57 × 57 modules, 213 bytes at level M). */
export const QR_MAX_VERSION = 10;

// Level M, per version 1..10 (ISO/IEC 18004 Table 9): EC codewords per block, number of blocks.
const EC_PER_BLOCK = [10, 16, 26, 18, 24, 16, 18, 22, 22, 26];
const BLOCKS = [1, 1, 1, 2, 2, 4, 4, 4, 5, 5];
// Level M's two format bits (M = 00).
const LEVEL_M_BITS = 0;

/** Modules left for data and EC codewords once the function patterns are placed. */
function rawDataModules(version: number): number {
  let n = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const align = Math.floor(version / 7) + 2;
    n -= (25 * align - 10) * align - 55;
    if (version >= 7) n -= 36;
  }
  return n;
}

/** Data codewords at level M for a version. */
function dataCodewords(version: number): number {
  const i = version - 1;
  return Math.floor(rawDataModules(version) / 8) - (EC_PER_BLOCK[i] ?? 0) * (BLOCKS[i] ?? 0);
}

/** Centre coordinates of the alignment patterns on each axis. */
function alignmentPositions(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const size = version * 4 + 17;
  const step = Math.floor((version * 8 + count * 3 + 5) / (count * 4 - 4)) * 2;
  const out = [6];
  for (let pos = size - 7; out.length < count; pos -= step) out.splice(1, 0, pos);
  return out;
}

// Arithmetic in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1 (0x11d).
function gfMultiply(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z;
}

/** The Reed–Solomon generator polynomial of a degree (coefficients, highest first, leading 1 left out). */
function rsDivisor(degree: number): number[] {
  const result = new Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      result[j] = gfMultiply(result[j] ?? 0, root) ^ (result[j + 1] ?? 0);
    }
    root = gfMultiply(root, 0x02);
  }
  return result;
}

/** The EC codewords of one block: the remainder of data · x^degree by the divisor. */
function rsRemainder(data: readonly number[], divisor: readonly number[]): number[] {
  const result = new Array<number>(divisor.length).fill(0);
  for (const b of data) {
    const factor = b ^ (result.shift() ?? 0);
    result.push(0);
    divisor.forEach((coef, i) => (result[i] = (result[i] ?? 0) ^ gfMultiply(coef, factor)));
  }
  return result;
}

/** The final codeword sequence: data split into blocks, each with its EC codewords, interleaved. */
function codewords(data: readonly number[], version: number): number[] {
  const i = version - 1;
  const blocks = BLOCKS[i] ?? 1;
  const ecLen = EC_PER_BLOCK[i] ?? 0;
  const raw = Math.floor(rawDataModules(version) / 8);
  const shortBlocks = blocks - (raw % blocks);
  const shortLen = Math.floor(raw / blocks);
  const divisor = rsDivisor(ecLen);
  const all: number[][] = [];
  for (let b = 0, k = 0; b < blocks; b++) {
    const len = shortLen - ecLen + (b < shortBlocks ? 0 : 1);
    const dat = data.slice(k, k + len);
    k += len;
    const ec = rsRemainder(dat, divisor);
    // Short blocks get a placeholder so every block has the same length to interleave.
    if (b < shortBlocks) dat.push(-1);
    all.push([...dat, ...ec]);
  }
  const out: number[] = [];
  for (let j = 0; j < (all[0]?.length ?? 0); j++)
    for (const block of all) {
      const v = block[j] ?? -1;
      if (v >= 0) out.push(v);
    }
  return out;
}

/** BCH code of the format information (level and mask), masked with 0x5412. */
function formatBits(mask: number): number {
  const data = (LEVEL_M_BITS << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | rem) ^ 0x5412;
}

/** BCH code of the version information (versions 7 and up). */
function versionBits(version: number): number {
  let rem = version;
  for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
  return (version << 12) | rem;
}

const MASKS: ReadonlyArray<(x: number, y: number) => boolean> = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

/** A symbol under construction: modules and which of them belong to function patterns. */
class Grid {
  readonly dark: boolean[];
  readonly fixed: boolean[];
  constructor(readonly size: number) {
    this.dark = new Array<boolean>(size * size).fill(false);
    this.fixed = new Array<boolean>(size * size).fill(false);
  }
  get(x: number, y: number): boolean {
    return this.dark[y * this.size + x] ?? false;
  }
  setFixed(x: number, y: number, dark: boolean): void {
    this.dark[y * this.size + x] = dark;
    this.fixed[y * this.size + x] = true;
  }
}

/** Finder patterns, separators, timing patterns, alignment patterns and the version blocks. */
function drawFunctionPatterns(g: Grid, version: number): void {
  const size = g.size;
  for (let i = 0; i < size; i++) {
    g.setFixed(6, i, i % 2 === 0);
    g.setFixed(i, 6, i % 2 === 0);
  }
  for (const [cx, cy] of [
    [3, 3],
    [size - 4, 3],
    [3, size - 4],
  ] as const)
    for (let dy = -4; dy <= 4; dy++)
      for (let dx = -4; dx <= 4; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        const d = Math.max(Math.abs(dx), Math.abs(dy));
        if (x >= 0 && x < size && y >= 0 && y < size) g.setFixed(x, y, d !== 2 && d !== 4);
      }
  const align = alignmentPositions(version);
  const last = align.length - 1;
  align.forEach((cx, i) =>
    align.forEach((cy, j) => {
      // The three corners taken by finder patterns get no alignment pattern.
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dy = -2; dy <= 2; dy++)
        for (let dx = -2; dx <= 2; dx++) g.setFixed(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    }),
  );
  // Reserve the format areas (drawn for real once the mask is known).
  drawFormat(g, 0);
  if (version >= 7) {
    const bits = versionBits(version);
    for (let i = 0; i < 18; i++) {
      const dark = ((bits >>> i) & 1) === 1;
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      g.setFixed(a, b, dark);
      g.setFixed(b, a, dark);
    }
  }
}

/** The two copies of the format information, and the dark module beside the lower-left finder. */
function drawFormat(g: Grid, mask: number): void {
  const bits = formatBits(mask);
  const bit = (i: number) => ((bits >>> i) & 1) === 1;
  const size = g.size;
  for (let i = 0; i <= 5; i++) g.setFixed(8, i, bit(i));
  g.setFixed(8, 7, bit(6));
  g.setFixed(8, 8, bit(7));
  g.setFixed(7, 8, bit(8));
  for (let i = 9; i < 15; i++) g.setFixed(14 - i, 8, bit(i));
  for (let i = 0; i < 8; i++) g.setFixed(size - 1 - i, 8, bit(i));
  for (let i = 8; i < 15; i++) g.setFixed(8, size - 15 + i, bit(i));
  g.setFixed(8, size - 8, true);
}

/** Places the codewords' bits in the zigzag order, two columns at a time from the bottom right. */
function drawCodewords(g: Grid, data: readonly number[]): void {
  const size = g.size;
  let i = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vert = 0; vert < size; vert++)
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const upward = ((right + 1) & 2) === 0;
        const y = upward ? size - 1 - vert : vert;
        if (g.fixed[y * size + x] || i >= data.length * 8) continue;
        g.dark[y * size + x] = (((data[i >>> 3] ?? 0) >>> (7 - (i & 7))) & 1) === 1;
        i++;
      }
  }
}

/** XORs a mask over the data modules (applying it twice undoes it). */
function applyMask(g: Grid, mask: number): void {
  const fn = MASKS[mask];
  if (!fn) return;
  for (let y = 0; y < g.size; y++)
    for (let x = 0; x < g.size; x++) if (!g.fixed[y * g.size + x] && fn(x, y)) g.dark[y * g.size + x] = !g.get(x, y);
}

// The finder-like pattern the N3 rule looks for (dark 1:1:3:1:1 with four light modules on one side).
const FINDER_LIKE = [
  [true, false, true, true, true, false, true, false, false, false, false],
  [false, false, false, false, true, false, true, true, true, false, true],
];

/** The penalty of a finished symbol (ISO/IEC 18004:2015 §7.8.3.1, rules N1–N4). */
export function qrPenalty(m: QrMatrix): number {
  const { size, modules } = m;
  const at = (x: number, y: number) => modules[y * size + x] ?? false;
  let score = 0;
  for (const line of [(i: number, j: number) => at(j, i), (i: number, j: number) => at(i, j)]) {
    for (let i = 0; i < size; i++) {
      // N1: five or more in a row of one colour.
      let run = 1;
      for (let j = 1; j <= size; j++) {
        if (j < size && line(i, j) === line(i, j - 1)) run++;
        else {
          if (run >= 5) score += 3 + (run - 5);
          run = 1;
        }
      }
      // N3: 1:1:3:1:1 finder-like patterns with four light modules before or after.
      for (let j = 0; j + 11 <= size; j++)
        for (const pattern of FINDER_LIKE) if (pattern.every((v, k) => line(i, j + k) === v)) score += 40;
    }
  }
  // N2: 2 × 2 blocks of one colour.
  for (let y = 0; y + 1 < size; y++)
    for (let x = 0; x + 1 < size; x++) {
      const c = at(x, y);
      if (c === at(x + 1, y) && c === at(x, y + 1) && c === at(x + 1, y + 1)) score += 3;
    }
  // N4: the share of dark modules, 10 points per 5 % away from one half.
  const dark = modules.filter(Boolean).length;
  const total = size * size;
  score += 10 * Math.floor(Math.abs(dark * 20 - total * 10) / total);
  return score;
}

/** The data codewords: mode, count, bytes, terminator, padding to the version's capacity. */
function dataBits(bytes: Uint8Array, version: number): number[] {
  const bits: number[] = [];
  const put = (value: number, len: number) => {
    for (let i = len - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  put(0b0100, 4);
  put(bytes.length, version < 10 ? 8 : 16);
  for (const b of bytes) put(b, 8);
  const capacity = dataCodewords(version) * 8;
  put(0, Math.min(4, capacity - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  for (let pad = 0xec; bits.length < capacity; pad ^= 0xec ^ 0x11) put(pad, 8);
  const out: number[] = [];
  for (let i = 0; i < bits.length; i += 8) out.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
  return out;
}

/** Options: a fixed mask (0–7) instead of the one with the lowest penalty (for tests). */
export interface QrOptions {
  readonly mask?: number;
}

/**
 * Encodes text (as UTF-8, byte mode) at level M in the smallest version 1–10 that holds it;
 * null when it does not fit in version 10 (more than 213 bytes).
 * @example encodeQr('https://example.org/')?.size // 25 (version 2)
 */
export function encodeQr(text: string, options: QrOptions = {}): QrMatrix | null {
  const bytes = new TextEncoder().encode(text);
  let version = 1;
  // Mode (4 bits) + count (8 or 16) + the bytes must fit the data codewords.
  while (version <= QR_MAX_VERSION && 4 + (version < 10 ? 8 : 16) + bytes.length * 8 > dataCodewords(version) * 8)
    version++;
  if (version > QR_MAX_VERSION) return null;
  const grid = new Grid(version * 4 + 17);
  drawFunctionPatterns(grid, version);
  drawCodewords(grid, codewords(dataBits(bytes, version), version));
  const symbol = (mask: number): QrMatrix => {
    applyMask(grid, mask);
    drawFormat(grid, mask);
    const m = { version, mask, size: grid.size, modules: [...grid.dark] };
    applyMask(grid, mask);
    return m;
  };
  if (options.mask !== undefined) return symbol(options.mask);
  let best: QrMatrix | null = null;
  let bestScore = Infinity;
  for (let mask = 0; mask < 8; mask++) {
    const m = symbol(mask);
    const score = qrPenalty(m);
    if (score < bestScore) [best, bestScore] = [m, score];
  }
  return best;
}
