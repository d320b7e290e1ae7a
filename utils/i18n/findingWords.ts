import type { ListReadingCause } from '../connection/listReading';
import type { ConnectionStatus } from '../connection/connectionStatus';
import type { Finding, FindingCause } from '../diagnostics/diagnosticTypes';

/** Formats the facts a finding carries, in the page's language. */
export interface Formatters {
  date(at: number): string;
  relative(at: number): string;
  /** A duration: `850 ms`, `2.5 s`. */
  duration(ms: number): string;
  number(value: number): string;
  /** The background connection's state in words (as in the popup). */
  connection(status: ConnectionStatus): string;
  /** Why orders come from the order list, in the popup's words. */
  listReading(cause: ListReadingCause): string;
}

export interface FindingWords {
  summary: string;
  /** What to do about it; absent when nothing needs doing. */
  fix?: string;
}

export type FindingText = {
  [C in FindingCause]: (finding: Extract<Finding, { cause: C }>, format: Formatters) => FindingWords;
};

/** A finding in words: one typed lookup, so every cause has its sentence in both languages. */
export function describeFinding(text: { finding: FindingText }, finding: Finding, format: Formatters): FindingWords {
  const describe = text.finding[finding.cause] as (f: Finding, format: Formatters) => FindingWords;
  return describe(finding, format);
}
