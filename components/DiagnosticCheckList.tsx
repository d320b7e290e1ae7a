import { DIAGNOSTIC_CHECKS, type CheckId, type CheckResult } from '../utils/diagnostics/diagnosticTypes';
import { describeFinding, type Formatters } from '../utils/i18n/findingWords';
import { useDiagnosticsText } from './diagnosticsWords';

/** The checks in their fixed order, each with its verdict, its finding and the fix. */
export function DiagnosticCheckList({
  results,
  format,
}: {
  results: Partial<Record<CheckId, CheckResult>>;
  format: Formatters;
}) {
  const text = useDiagnosticsText();
  return (
    <ol class="checks" aria-label={text.checksLabel}>
      {DIAGNOSTIC_CHECKS.map((id) => {
        const result = results[id];
        const words = result && describeFinding(text, result.finding, format);
        return (
          <li
            key={id}
            class={`check check-${result?.status ?? 'pending'}`}
            data-check={id}
            data-status={result?.status ?? 'pending'}
            data-cause={result?.finding.cause}
            aria-busy={!result}
          >
            <span class="check-title">{text.check[id]}</span>
            <span class="check-status">{result ? text.status[result.status] : text.pending}</span>
            {words && <p class="check-summary">{words.summary}</p>}
            {words?.fix && <p class="check-fix">{words.fix}</p>}
          </li>
        );
      })}
    </ol>
  );
}
