// The page's editable tensor field: a small recursive-descent reader for the Python that a
// reader would type into `torch.tensor(...)`. It evaluates nothing, runs in linear time (every
// character is read once; nesting is capped before recursing) and reports failures as data.
import { reprFloat } from './pyfloat';
import type { Dtype, NestedNumbers } from './tensor';

/** Most elements a parsed tensor may hold. */
export const MAX_ELEMENTS = 10_000;
/** Most dimensions a parsed tensor may have. */
export const MAX_DIMS = 3;
/** Longest input read at all (characters); beyond it the parser stops before reading. */
export const MAX_INPUT_LENGTH = 500_000;

/**
 * Message ids of parse failures, with the placeholders each one fills in `params`.
 * Every error also carries `position` (0-based UTF-16 index, for highlighting) and
 * `params.pos` (the same place, 1-based, for the message).
 * - `emptyInput` {pos}: nothing but whitespace.
 * - `inputTooLong` {pos, max}: more than MAX_INPUT_LENGTH characters.
 * - `unexpectedChar` {pos, found}: a character that cannot stand here (also after a complete expression).
 * - `unexpectedEnd` {pos}: the text stops inside an unfinished list or call.
 * - `expectedNumber` {pos, found}: a number or a list must start here (`[1, , 2]`, `-[1]`).
 * - `expectedCommaOrClose` {pos, found, close}: after an element comes neither `,` nor `close` (`]` or `)`).
 * - `invalidNumber` {pos, found}: a malformed numeric literal (`1e`, `1__0`, `007`, `0x1F`, `2j`).
 * - `invalidFloatString` {pos, found}: `float('...')` of a string Python's float() rejects.
 * - `ragged` {pos}: a sub-list whose shape differs from its first sibling (`[[1, 2], [3]]`, `[1, [2]]`).
 * - `tooManyElements` {pos, max}: more than MAX_ELEMENTS numbers.
 * - `tooDeep` {pos, max}: more than MAX_DIMS dimensions.
 * - `unknownName` {pos, name}: a name other than torch.tensor, float, math.inf/nan, torch.inf/nan.
 * - `unknownKeyword` {pos, name}: a keyword argument other than dtype and requires_grad.
 * - `invalidKeywordValue` {pos, name, found}: dtype not torch.float32/float/float64/double, requires_grad not True/False.
 * - `duplicateKeyword` {pos, name}: the same keyword given twice.
 */
export type ParseErrorCode =
  | 'emptyInput'
  | 'inputTooLong'
  | 'unexpectedChar'
  | 'unexpectedEnd'
  | 'expectedNumber'
  | 'expectedCommaOrClose'
  | 'invalidNumber'
  | 'invalidFloatString'
  | 'ragged'
  | 'tooManyElements'
  | 'tooDeep'
  | 'unknownName'
  | 'unknownKeyword'
  | 'invalidKeywordValue'
  | 'duplicateKeyword';

/** A parse failure: a message id, where it happened, and the message's placeholders. */
export interface ParseError {
  readonly code: ParseErrorCode;
  readonly position: number;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A parsed tensor literal: data as typed (doubles, not yet rounded to the dtype), its shape and options. */
export interface ParsedTensor {
  readonly data: NestedNumbers;
  readonly shape: readonly number[];
  readonly dtype: Dtype;
  readonly requiresGrad: boolean;
}

/** The parser's answer: a tensor, or one error to show; never an exception. */
export type ParseResult =
  { readonly ok: true; readonly value: ParsedTensor } | { readonly ok: false; readonly error: ParseError };

class Failure extends Error {
  constructor(readonly error: ParseError) {
    super(error.code);
  }
}

interface Parsed {
  readonly data: NestedNumbers;
  readonly dims: readonly number[];
}

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;
const NUMBER_PART = /[A-Za-z0-9_.]/;
const DIGITS = String.raw`\d(?:_?\d)*`;
const PYTHON_NUMBER = new RegExp(String.raw`^(?:(?:${DIGITS})?\.${DIGITS}|${DIGITS}\.?)(?:[eE][+-]?${DIGITS})?$`);
const FLOAT_STRING = new RegExp(String.raw`^[+-]?(?:(?:${DIGITS})?\.${DIGITS}|${DIGITS}\.?)(?:[eE][+-]?${DIGITS})?$`);
const FLOAT_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;
const CONSTANTS: Readonly<Record<string, number>> = {
  'math.inf': Infinity,
  'math.nan': Number.NaN,
  'torch.inf': Infinity,
  'torch.nan': Number.NaN,
};
const DTYPES: Readonly<Record<string, Dtype>> = {
  'torch.float32': 'float32',
  'torch.float': 'float32',
  'torch.float64': 'float64',
  'torch.double': 'float64',
};

class Reader {
  private pos = 0;
  private count = 0;
  // Bare input may hold one dimension more while parsing: `[[[1]]]` alone is unwrapped to 3-D.
  private deepAt: number | undefined;

  constructor(
    private readonly text: string,
    private readonly maxDims: number,
  ) {}

  fail(code: ParseErrorCode, position: number, params: Record<string, string | number> = {}): never {
    throw new Failure({ code, position, params: { pos: position + 1, ...params } });
  }

  private peek(): string {
    return this.text[this.pos] ?? '';
  }

  private charAt(position: number): string {
    const code = this.text.codePointAt(position);
    return code === undefined ? '' : String.fromCodePoint(code);
  }

  private skipSpace(): void {
    while (/\s/.test(this.peek())) this.pos += 1;
  }

  private unexpected(): never {
    if (this.pos >= this.text.length) this.fail('unexpectedEnd', this.text.length);
    this.fail('unexpectedChar', this.pos, { found: this.charAt(this.pos) });
  }

  private expect(char: string): void {
    this.skipSpace();
    if (this.peek() !== char) this.unexpected();
    this.pos += 1;
  }

  /** A dotted name such as `torch . float64`, whitespace around the dots allowed as in Python. */
  private readName(): string {
    const parts: string[] = [];
    for (;;) {
      const start = this.pos;
      if (!NAME_START.test(this.peek())) this.unexpected();
      while (NAME_PART.test(this.peek())) this.pos += 1;
      parts.push(this.text.slice(start, this.pos));
      const save = this.pos;
      this.skipSpace();
      if (this.peek() !== '.') {
        this.pos = save;
        return parts.join('.');
      }
      this.pos += 1;
      this.skipSpace();
    }
  }

  private number(negative: boolean): number {
    const start = this.pos;
    // Read the whole word (`1.2.3`, `0x1F`, `2j`) so that the error names all of it.
    while (NUMBER_PART.test(this.peek()) || (/[+-]/.test(this.peek()) && /[eE]/.test(this.text[this.pos - 1] ?? '')))
      this.pos += 1;
    const token = this.text.slice(start, this.pos);
    // Python forbids leading zeros in non-zero integer literals (`007`), but not in floats (`007.5`).
    const badInteger = /^0[0-9_]*[1-9]/.test(token) && !/[.eE]/.test(token);
    if (!PYTHON_NUMBER.test(token) || badInteger) this.fail('invalidNumber', start, { found: token.slice(0, 24) });
    const value = Number(token.replaceAll('_', ''));
    return negative ? -value : value;
  }

  /** Unary signs before a number: true when they negate it. */
  private signs(): boolean {
    let negative = false;
    this.skipSpace();
    while (this.peek() === '-' || this.peek() === '+') {
      if (this.peek() === '-') negative = !negative;
      this.pos += 1;
      this.skipSpace();
    }
    return negative;
  }

  private startsNumber(): boolean {
    const char = this.peek();
    return /[0-9]/.test(char) || (char === '.' && /[0-9]/.test(this.text[this.pos + 1] ?? ''));
  }

  /** `float('nan')`, `float("-inf")`, `float('1e-3')` or `float(2)`: a literal argument, never an expression. */
  private floatCall(negative: boolean): number {
    this.expect('(');
    this.skipSpace();
    const quote = this.peek();
    let value: number;
    if (quote === "'" || quote === '"') {
      const argStart = this.pos;
      const end = this.text.indexOf(quote, this.pos + 1);
      if (end === -1) this.fail('unexpectedEnd', this.text.length);
      const raw = this.text.slice(this.pos + 1, end);
      if (raw.includes('\n')) this.fail('unexpectedChar', this.pos + 1 + raw.indexOf('\n'), { found: '\n' });
      const content = raw.trim();
      this.pos = end + 1;
      const special = FLOAT_SPECIAL.exec(content);
      if (special !== null) {
        const magnitude = special[2]?.toLowerCase() === 'nan' ? Number.NaN : Infinity;
        value = special[1] === '-' ? -magnitude : magnitude;
      } else if (FLOAT_STRING.test(content)) {
        value = Number(content.replaceAll('_', ''));
      } else {
        this.fail('invalidFloatString', argStart, { found: content.slice(0, 24) });
      }
    } else if (/[0-9.+-]/.test(quote)) {
      const argNegative = this.signs();
      if (!this.startsNumber()) this.fail('expectedNumber', this.pos, { found: this.charAt(this.pos) });
      value = this.number(argNegative);
    } else {
      this.fail('expectedNumber', this.pos, { found: this.charAt(this.pos) });
    }
    this.skipSpace();
    if (this.peek() === ',') this.pos += 1;
    this.expect(')');
    return negative ? -value : value;
  }

  /** A number with optional unary signs: a literal, float('...') or a named constant. */
  private scalar(): number {
    const negative = this.signs();
    const char = this.peek();
    if (this.startsNumber()) return this.number(negative);
    if (NAME_START.test(char)) {
      const nameAt = this.pos;
      const name = this.readName();
      if (name === 'float') return this.floatCall(negative);
      const constant = CONSTANTS[name];
      if (constant === undefined) this.fail('unknownName', nameAt, { name: name.slice(0, 40) });
      return negative ? -constant : constant;
    }
    if (char === '') this.fail('unexpectedEnd', this.text.length);
    this.fail('expectedNumber', this.pos, { found: this.charAt(this.pos) });
  }

  /** A number or a nested list; `dims` counts the enclosing lists. */
  value(dims: number): Parsed {
    this.skipSpace();
    const start = this.pos;
    if (this.peek() === '[') {
      this.pos += 1;
      return this.sequence(dims + 1, ']', start);
    }
    const data = this.scalar();
    this.count += 1;
    if (this.count > MAX_ELEMENTS) this.fail('tooManyElements', start, { max: MAX_ELEMENTS });
    return { data, dims: [] };
  }

  /** The items of a list up to `close`, checked to be rectangular. */
  sequence(dims: number, close: string, start: number): Parsed & { commas: number } {
    if (dims > this.maxDims) this.fail('tooDeep', start, { max: MAX_DIMS });
    // Recorded for bare input, where the outermost list is implicit.
    if (dims > MAX_DIMS) this.deepAt ??= start;
    const items: NestedNumbers[] = [];
    let inner: readonly number[] | undefined;
    let commas = 0;
    for (;;) {
      this.skipSpace();
      // peek() is '' at the end, which closes bare input.
      if (this.peek() === close) break;
      const itemStart = this.pos;
      const item = this.value(dims);
      if (inner === undefined) inner = item.dims;
      else if (inner.length !== item.dims.length || inner.some((size, i) => size !== item.dims[i]))
        this.fail('ragged', itemStart);
      items.push(item.data);
      this.skipSpace();
      if (this.peek() === ',') {
        this.pos += 1;
        commas += 1;
        continue;
      }
      if (this.peek() === close) break;
      if (close === '') this.fail('unexpectedChar', this.pos, { found: this.charAt(this.pos) });
      if (this.pos >= this.text.length) this.fail('unexpectedEnd', this.text.length);
      this.fail('expectedCommaOrClose', this.pos, { found: this.charAt(this.pos), close });
    }
    this.pos += close.length;
    return { data: items, dims: [items.length, ...(inner ?? [])], commas };
  }

  /** `torch.tensor(data, dtype=..., requires_grad=...)`. */
  tensorCall(): ParsedTensor {
    this.skipSpace();
    this.readName();
    this.expect('(');
    this.skipSpace();
    if (this.peek() === ')') this.fail('expectedNumber', this.pos, { found: ')' });
    const parsed = this.value(0);
    let dtype: Dtype = 'float32';
    let requiresGrad = false;
    const seen = new Set<string>();
    for (;;) {
      this.skipSpace();
      if (this.peek() === ')') break;
      if (this.peek() !== ',') {
        if (this.pos >= this.text.length) this.fail('unexpectedEnd', this.text.length);
        this.fail('expectedCommaOrClose', this.pos, { found: this.charAt(this.pos), close: ')' });
      }
      this.pos += 1;
      this.skipSpace();
      if (this.peek() === ')') break;
      const nameAt = this.pos;
      const name = this.readName();
      if (name !== 'dtype' && name !== 'requires_grad')
        this.fail('unknownKeyword', nameAt, { name: name.slice(0, 40) });
      if (seen.has(name)) this.fail('duplicateKeyword', nameAt, { name });
      seen.add(name);
      this.expect('=');
      this.skipSpace();
      const valueAt = this.pos;
      const found = NAME_START.test(this.peek()) ? this.readName() : this.charAt(this.pos);
      if (name === 'dtype') {
        const chosen = DTYPES[found];
        if (chosen === undefined) this.fail('invalidKeywordValue', valueAt, { name, found: found.slice(0, 40) });
        dtype = chosen;
      } else {
        if (found !== 'True' && found !== 'False')
          this.fail('invalidKeywordValue', valueAt, { name, found: found.slice(0, 40) });
        requiresGrad = found === 'True';
      }
    }
    this.pos += 1;
    return { data: parsed.data, shape: parsed.dims, dtype, requiresGrad };
  }

  /** Bare list contents `-3.0, -1.0` (one list alone, with no comma, is that list itself). */
  bare(): ParsedTensor {
    const whole = this.sequence(1, '', 0);
    // Array.isArray widens a readonly array to any[]: name the element type again.
    const items: readonly NestedNumbers[] = Array.isArray(whole.data) ? (whole.data as readonly NestedNumbers[]) : [];
    const only = items.length === 1 ? items[0] : undefined;
    const unwrap = whole.commas === 0 && Array.isArray(only);
    const shape = unwrap ? whole.dims.slice(1) : whole.dims;
    if (shape.length > MAX_DIMS) this.fail('tooDeep', this.deepAt ?? 0, { max: MAX_DIMS });
    return { data: unwrap && only !== undefined ? only : whole.data, shape, dtype: 'float32', requiresGrad: false };
  }

  finish(): void {
    this.skipSpace();
    if (this.pos < this.text.length) this.fail('unexpectedChar', this.pos, { found: this.charAt(this.pos) });
  }
}

/**
 * Reads a tensor literal as typed in the page's field: bare list contents (`-3.0, -1.0, 0.0`),
 * a bracketed or nested list (up to 3-D), or `torch.tensor(..., dtype=torch.float64, requires_grad=True)`.
 * Numbers are Python literals (`1e-3`, `-0.0`, `3.`, `.5`, `+2`, `1_000.5`, integers read as floats),
 * `float('nan')`, `float("-inf")`, `math.inf`, `math.nan`, `torch.inf`, `torch.nan`, with unary signs.
 * A bare single number is a one-element list; only `torch.tensor(0.5)` gives a 0-d tensor.
 */
export function parseTensor(text: string): ParseResult {
  if (text.length > MAX_INPUT_LENGTH)
    return {
      ok: false,
      error: {
        code: 'inputTooLong',
        position: MAX_INPUT_LENGTH,
        params: { pos: MAX_INPUT_LENGTH + 1, max: MAX_INPUT_LENGTH },
      },
    };
  if (text.trim() === '') return { ok: false, error: { code: 'emptyInput', position: 0, params: { pos: 1 } } };
  try {
    const call = /\s*torch\s*\.\s*tensor\s*\(/y.test(text);
    const reader = new Reader(text, call ? MAX_DIMS : MAX_DIMS + 1);
    const value = call ? reader.tensorCall() : reader.bare();
    reader.finish();
    return { ok: true, value };
  } catch (caught) {
    if (caught instanceof Failure) return { ok: false, error: caught.error };
    throw caught;
  }
}

/** A Python expression for one float: its repr, or float('nan') / float('inf') / float('-inf'). */
function floatLiteral(x: number): string {
  if (Number.isNaN(x)) return "float('nan')";
  if (x === Infinity) return "float('inf')";
  if (x === -Infinity) return "float('-inf')";
  return reprFloat(x);
}

function listLiteral(data: NestedNumbers): string {
  return typeof data === 'number' ? floatLiteral(data) : `[${data.map(listLiteral).join(', ')}]`;
}

/**
 * Writes data back as the field's Python source, without the outer brackets: `-3.0, -1.0, 0.0`,
 * `[1.0, 2.0], [3.0, 4.0]`; a single row keeps a trailing comma (`[1.0, 2.0],`) so it stays 2-D.
 * parseTensor(serializeList(d)) returns d again for every non-empty list (bit for bit, nan included).
 */
export function serializeList(data: NestedNumbers): string {
  if (typeof data === 'number') return floatLiteral(data);
  const items = data.map(listLiteral).join(', ');
  return data.length === 1 && Array.isArray(data[0]) ? `${items},` : items;
}

/** The full call `torch.tensor([...], dtype=torch.float64, requires_grad=True)`, keywords only when not default. */
export function serializeTensor(t: {
  readonly data: NestedNumbers;
  readonly dtype?: Dtype;
  readonly requiresGrad?: boolean;
}): string {
  const keywords = [
    ...(t.dtype === 'float64' ? ['dtype=torch.float64'] : []),
    ...(t.requiresGrad === true ? ['requires_grad=True'] : []),
  ];
  return `torch.tensor(${[listLiteral(t.data), ...keywords].join(', ')})`;
}
