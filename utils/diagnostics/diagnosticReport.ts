import type { LoggedEvent } from './eventLog';
import { describeEventWithCount } from './eventWords';
import { redact } from './redact';

interface ReportedCheck {
  title: string;
  status: string;
  summary: string;
  fix?: string;
}

export interface DiagnosticReportInput {
  generatedAt: number;
  extensionVersion: string;
  userAgent: string;
  apiBaseUrl: string | null;
  checks: ReportedCheck[];
  /** Order outcomes and ignored frames since the browser started. */
  counters: Record<string, number>;
  events: LoggedEvent[];
}

const iso = (at: number) => new Date(at).toISOString();

/**
 * The text a staff member sends to support: what was checked, what the extension
 * counted, and its event log, all redacted: the token never, phone numbers masked.
 */
export function diagnosticReport(input: DiagnosticReportInput, secrets: readonly string[]): string {
  const lines = [
    `Khawam Notifier ${input.extensionVersion} — diagnostic report`,
    `Generated: ${iso(input.generatedAt)}`,
    `Browser: ${input.userAgent}`,
    `Server: ${input.apiBaseUrl ?? '(not signed in)'}`,
    '',
    '## Checks',
    ...input.checks.flatMap((check) => [
      `[${check.status}] ${check.title}: ${check.summary}`,
      ...(check.fix ? [`    → ${check.fix}`] : []),
    ]),
    '',
    '## Counters since the browser started',
    ...Object.entries(input.counters).map(([name, count]) => `${name}: ${count}`),
    '',
    `## Event log (${input.events.length} events, oldest first)`,
    ...input.events.map((event) => `${iso(event.at)}  ${event.kind}  ${describeEventWithCount(event)}`),
  ];
  return redact(lines.join('\n'), secrets);
}
