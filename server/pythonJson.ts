/**
 * Python's `json.dumps`, byte for byte, for what the shop's server sends:
 *
 * - WebSocket frames: Starlette 0.27 (pinned by FastAPI 0.104.1) `WebSocket.send_json` is
 *   `json.dumps(data, separators=(",", ":"))`: compact, `ensure_ascii=True` (every character
 *   outside printable ASCII as `\uXXXX` in lowercase hex, astral ones as surrogate pairs),
 *   NaN and infinities allowed. See {@link pythonWsJson}.
 * - HTTP answers: `JSONResponse.render` is `json.dumps(content, ensure_ascii=False,
 *   allow_nan=False, indent=None, separators=(",", ":")).encode("utf-8")`. See {@link pythonHttpJson}.
 *
 * JavaScript has one number type, Python two: `15000` and `15000.0` are different bytes. A plain
 * number prints as a Python int when it is integral and as a float otherwise; wrap a number in
 * {@link pyFloat} to print it as a float whatever its value (`float(Decimal("15000"))` is `15000.0`).
 * Objects keep their key order (use a `Map` for keys that look like array indexes, which a plain
 * object would move to the front); keys whose value is `undefined` are left out, as if the
 * Python dict never had them.
 */

/** A number Python holds as a `float`: prints as `15000.0`, `0.5`, `1e+16`. */
export class PyFloat {
  constructor(readonly value: number) {}
}

export const pyFloat = (value: number): PyFloat => new PyFloat(value);

export interface PythonJsonOptions {
  /** `json.dumps(..., ensure_ascii=...)`: true escapes everything outside printable ASCII. */
  ensureAscii: boolean;
  /** `allow_nan`: false makes NaN and the infinities an error (`ValueError` in Python). */
  allowNan: boolean;
}

/** Python's `repr(float)`: the shortest digits that round-trip, exponent outside 1e-4 ≤ |x| < 1e16. */
export function pythonFloatRepr(value: number, allowNan = true): string {
  if (!Number.isFinite(value)) {
    if (!allowNan) throw new RangeError(`Out of range float values are not JSON compliant: ${value}`);
    return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
  }
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const sign = value < 0 ? '-' : '';
  // Without an argument, toExponential gives the shortest round-tripping digits, as repr does.
  const [mantissa, exponentText] = Math.abs(value).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  const pointAt = exponent + 1;
  if (pointAt <= -4 || pointAt > 16) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const power = `${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
    return `${sign}${digits[0]}${fraction}e${power}`;
  }
  if (pointAt <= 0) return `${sign}0.${'0'.repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return `${sign}${digits}${'0'.repeat(pointAt - digits.length)}.0`;
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

const escapeUnit = (unit: string): string =>
  SHORT_ESCAPES[unit] ?? `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `ensure_ascii=True`: anything but printable ASCII (space to `~`), per UTF-16 unit. */
const ASCII_ESCAPED = /[^ -~]|["\\]/g;
/** `ensure_ascii=False`: only `"`, `\` and the control characters below space. */
// eslint-disable-next-line no-control-regex -- these very characters are what Python escapes
const UNICODE_ESCAPED = /[\u0000-\u001f"\\]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function pythonString(text: string, ensureAscii: boolean): string {
  return `"${text.replace(ensureAscii ? ASCII_ESCAPED : UNICODE_ESCAPED, escapeUnit)}"`;
}

/** `json.dumps(value, separators=(",", ":"), ...)`. */
export function pythonJsonDumps(value: unknown, options: PythonJsonOptions): string {
  const parts: string[] = [];
  const open = new Set<object>();

  function container(value: object, write: () => void): void {
    if (open.has(value)) throw new TypeError('Circular reference detected');
    open.add(value);
    write();
    open.delete(value);
  }

  function dict(entries: Iterable<[unknown, unknown]>): void {
    parts.push('{');
    let first = true;
    for (const [key, item] of entries) {
      if (item === undefined) continue;
      if (typeof key !== 'string') throw new TypeError(`keys must be str, not ${typeof key}`);
      if (!first) parts.push(',');
      first = false;
      parts.push(pythonString(key, options.ensureAscii), ':');
      write(item);
    }
    parts.push('}');
  }

  function write(value: unknown): void {
    if (value === null) parts.push('null');
    else if (value === true) parts.push('true');
    else if (value === false) parts.push('false');
    else if (typeof value === 'string') parts.push(pythonString(value, options.ensureAscii));
    else if (typeof value === 'bigint') parts.push(value.toString());
    else if (typeof value === 'number') {
      parts.push(Number.isInteger(value) ? BigInt(value).toString() : pythonFloatRepr(value, options.allowNan));
    } else if (value instanceof PyFloat) parts.push(pythonFloatRepr(value.value, options.allowNan));
    else if (Array.isArray(value)) {
      container(value, () => {
        parts.push('[');
        value.forEach((item: unknown, index) => {
          if (index > 0) parts.push(',');
          write(item === undefined ? null : item);
        });
        parts.push(']');
      });
    } else if (value instanceof Map) container(value, () => dict(value.entries()));
    else if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      container(value, () => dict(Object.entries(value)));
    } else if (typeof value === 'object' && Object.getPrototypeOf(value) === null) {
      container(value, () => dict(Object.entries(value)));
    } else {
      const name = typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value;
      throw new TypeError(`Object of type ${name} is not JSON serializable`);
    }
  }

  write(value);
  return parts.join('');
}

/** The text of a WebSocket frame as Starlette's `send_json` writes it. */
export function pythonWsJson(value: unknown): string {
  return pythonJsonDumps(value, { ensureAscii: true, allowNan: true });
}

/**
 * The body of a FastAPI `JSONResponse`. Throws where Python raises (NaN, a lone surrogate that
 * UTF-8 cannot encode): the server then answers 500.
 */
export function pythonHttpJson(value: unknown): Buffer {
  const text = pythonJsonDumps(value, { ensureAscii: false, allowNan: false });
  if (LONE_SURROGATE.test(text)) throw new RangeError("'utf-8' codec can't encode a lone surrogate");
  return Buffer.from(text, 'utf8');
}
