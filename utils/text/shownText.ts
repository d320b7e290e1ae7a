/**
 * Customer-typed text and the server's own text (a close reason, a refusal, a user's name)
 * are shown, stored and reported only through here: they must never add lines (a forged
 * `[pass] …` line in the troubleshooter's report), turn the layout around, hide characters
 * or crowd out the order's facts.
 */

/** How many characters of each field an order keeps; longer text ends with an ellipsis. */
export const TEXT_LIMITS = {
  orderNumber: 40,
  customerName: 60,
  customerPhone: 30,
  serviceName: 60,
  deliveryType: 20,
  status: 30,
  createdAt: 40,
  imageUrl: 500,
  /** The server's own words for a refusal (`detail`). */
  serverDetail: 200,
  /** The signed-in user's name, role and contact, as the server sent them. */
  userField: 100,
  /** A text field of an event log entry (a close reason, an error). */
  loggedText: 300,
} as const;

// Controls (newlines included) and every bidi override, embedding, isolate and mark.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSHOWN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
// Invisible characters that join, split or smuggle what is seen: every format character (soft
// hyphen, zero-width space, word joiner, invisible operators, BOM, interlinear annotations, the
// tag characters that hide ASCII, deprecated format controls), the combining grapheme joiner,
// Mongolian variation selectors and the Hangul fillers that print as nothing: removed, not spaced.
// Zero-width (non-)joiners stay: Persian, Arabic and emoji sequences need them.
// (The two combining marks stand apart: in a class they would read as combined with their neighbour.)
const INVISIBLE = /(?![\u200c\u200d])[\p{Cf}\u115f\u1160\u3164\uffa0]|\u034f|\u180b|\u180c|\u180d/gu;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The text as one plain line: invisible controls removed, whitespace collapsed, at most `maxChars`. */
export function shownText(raw: string, maxChars: number): string {
  // A megabyte-long field is cut before it is cleaned: the work stays bounded by what is shown.
  const cut = raw.length > maxChars * 8;
  const line = (cut ? raw.slice(0, maxChars * 8).replace(/[\ud800-\udbff]$/u, '') : raw)
    // Bidi controls (format characters too) become a space first: they may stand between words.
    .replace(UNSHOWN, ' ')
    .replace(INVISIBLE, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (line.length <= maxChars && !cut) return line;
  // Whole characters only: an emoji or a letter with its marks is never cut in two.
  let kept = '';
  for (const { segment } of segmenter.segment(line)) {
    if (kept.length + segment.length > maxChars - 1) break;
    kept += segment;
  }
  return `${kept.trimEnd()}…`;
}

/** Wrapped in a first-strong isolate: an Arabic name never reorders the amount beside it. */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}
