import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pyFloat, pythonFloatRepr, pythonHttpJson, pythonJsonDumps, pythonWsJson } from '../../../server/pythonJson';

// Every expected string below is what CPython 3 printed for the same value with
// `json.dumps(x, separators=(",", ":"))` (frames) or `json.dumps(x, ensure_ascii=False,
// allow_nan=False, indent=None, separators=(",", ":"))` (HTTP bodies).

describe('pythonJsonDumps: what Starlette writes in a WebSocket frame (ensure_ascii)', () => {
  it('escapes Arabic as lowercase \\u escapes and keeps a float a float', () => {
    expect(pythonWsJson({ customer_name: 'أحمد', total_amount: pyFloat(15000) })).toBe(
      '{"customer_name":"\\u0623\\u062d\\u0645\\u062f","total_amount":15000.0}',
    );
    expect(pythonWsJson({ type: 'ping' })).toBe('{"type":"ping"}');
  });

  it('writes an astral character as a surrogate pair', () => {
    expect(pythonWsJson('سلمى 🌸 قاسم')).toBe(
      '"\\u0633\\u0644\\u0645\\u0649 \\ud83c\\udf38 \\u0642\\u0627\\u0633\\u0645"',
    );
  });

  it('escapes quotes, backslashes, control characters and DEL, but not the slash', () => {
    expect(pythonWsJson('a/b"c\\d\n\r\t\b\f\u0000\u001f\u007f\u0080é\u2028\u202e<>&\'')).toBe(
      '"a/b\\"c\\\\d\\n\\r\\t\\b\\f\\u0000\\u001f\\u007f\\u0080\\u00e9\\u2028\\u202e<>&\'"',
    );
  });

  it('writes ints as ints, floats as repr, containers compact, keys in insertion order', () => {
    expect(pythonWsJson([1, pyFloat(2), null, true, false, [], {}, { a: [{ b: null }] }])).toBe(
      '[1,2.0,null,true,false,[],{},{"a":[{"b":null}]}]',
    );
    expect(pythonWsJson({ z: 1, a: 2, m: 3 })).toBe('{"z":1,"a":2,"m":3}');
    expect(
      pythonWsJson(
        new Map([
          ['2', 'b'],
          ['1', 'a'],
        ]),
      ),
    ).toBe('{"2":"b","1":"a"}');
    expect(pythonWsJson(10 ** 21)).toBe('1000000000000000000000');
    expect(pythonWsJson({ kept: 1, dropped: undefined })).toBe('{"kept":1}');
  });

  it('writes NaN and the infinities as Python does, where allowed', () => {
    expect(pythonWsJson([pyFloat(NaN), pyFloat(Infinity), pyFloat(-Infinity)])).toBe('[NaN,Infinity,-Infinity]');
    expect(() => pythonHttpJson({ amount: NaN })).toThrow(RangeError);
  });

  it('refuses what Python cannot serialise', () => {
    expect(() => pythonWsJson({ at: new Date(0) })).toThrow(/not JSON serializable/);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => pythonWsJson(loop)).toThrow(/Circular/);
  });
});

describe('pythonFloatRepr', () => {
  const PYTHON_REPR: [number, string][] = [
    [15000, '15000.0'],
    [0.5, '0.5'],
    [1e16, '1e+16'],
    [1e15, '1000000000000000.0'],
    [0.1, '0.1'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [123456789.125, '123456789.125'],
    [-0, '-0.0'],
    [1e22, '1e+22'],
    [2.5e-300, '2.5e-300'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [5e-324, '5e-324'],
    [9999999999999998, '9999999999999998.0'],
    [0.1 + 0.2, '0.30000000000000004'],
    [100, '100.0'],
    [1234.5, '1234.5'],
    [1e100, '1e+100'],
    // float(12345678901234567890): the nearest double.
    [12345678901234567000, '1.2345678901234567e+19'],
  ];

  it.each(PYTHON_REPR)('repr(%s) is %s', (value, repr) => {
    expect(pythonFloatRepr(value)).toBe(repr);
    expect(pythonWsJson(pyFloat(value))).toBe(repr);
  });

  it('reads back as the same number, for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const repr = pythonFloatRepr(value);
        expect(Object.is(Number(repr), value)).toBe(true);
        expect(repr).toMatch(/^-?\d+(\.\d+)?(e[+-]\d{2,3})?$/);
        expect(repr.includes('.') || repr.includes('e')).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('pythonHttpJson: what FastAPI writes in an HTTP answer', () => {
  it('keeps non-ASCII as UTF-8 and escapes only quotes, backslashes and control characters', () => {
    expect(pythonHttpJson('a/b"c\\d\n\r\t\b\f\u0000\u001f\u007f\u0080é\u2028\u202e🌸').toString('utf8')).toBe(
      '"a/b\\"c\\\\d\\n\\r\\t\\b\\f\\u0000\\u001f\u007f\u0080é\u2028\u202e🌸"',
    );
    expect(pythonHttpJson({ detail: 'Not Found' }).toString('utf8')).toBe('{"detail":"Not Found"}');
  });

  it('refuses a lone surrogate, as UTF-8 encoding does in Python', () => {
    expect(() => pythonHttpJson({ name: 'x\ud800' })).toThrow(/surrogate/);
  });
});

const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ unit: 'binary' }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ unit: 'grapheme' }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('pythonJsonDumps: properties', () => {
  it('parses back to what JSON.stringify parses back to', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const expected = JSON.parse(JSON.stringify(value)) as unknown;
        expect(JSON.parse(pythonWsJson(value))).toEqual(expected);
        expect(JSON.parse(pythonJsonDumps(value, { ensureAscii: false, allowNan: true }))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('writes printable ASCII only in a frame, and no whitespace between tokens', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const frame = pythonWsJson(value);
        expect(frame).toMatch(/^[ -~]*$/);
        // Outside strings, no space: every space sits inside a string literal.
        expect(frame.replace(/"(?:[^"\\]|\\.)*"/g, '')).not.toMatch(/\s/);
      }),
      { numRuns: 500 },
    );
  });
});
