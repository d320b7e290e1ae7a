import { parsePipelineStats } from '../../utils/diagnostics/pipelineStats';
import { parseSession } from '../../utils/shop/session';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DiagnosticCheckList } from '../../components/DiagnosticCheckList';
import { EventLogView } from '../../components/EventLogView';
import { useLanguage } from '../../components/LanguageContext';
import { DiagnosticsWordsProvider, useDiagnosticsText } from '../../components/diagnosticsWords';
import { parseEventLog } from '../../utils/diagnostics/eventLog';
import { browserDiagnosticDeps } from './browserDiagnosticDeps';
import { runDiagnostics } from '../../utils/diagnostics/diagnosticChecks';
import { DIAGNOSTIC_CHECKS, type CheckId, type CheckResult } from '../../utils/diagnostics/diagnosticTypes';
import { diagnosticReport } from '../../utils/diagnostics/diagnosticReport';
import { describeFinding } from '../../utils/i18n/findingWords';
import type { DiagnosticsText } from '../../utils/i18n/diagnosticsTextAr';
import { STORED } from '../../utils/storedValues';
import { readStoredValue } from '../../utils/ui/storedValueReader';
import type { Settings } from '../../utils/settings/settings';
import { diagnosticFormatters } from '../../utils/ui/diagnosticFormatters';
import { useEffectiveSettings } from '../../utils/ui/useEffectiveSettings';
import { useStoredValue } from '../../utils/ui/useStoredValue';
import { inBackground } from '../../utils/ui/inBackground';

type Results = Partial<Record<CheckId, CheckResult>>;

/** The first problem, else the first warning: what the page names as the cause. */
function headline(results: Results): CheckResult | undefined {
  const done = DIAGNOSTIC_CHECKS.map((id) => results[id]).filter((result) => result !== undefined);
  return done.find((result) => result.status === 'fail') ?? done.find((result) => result.status === 'warn');
}

function ReportActions({ results, apiBaseUrl }: { results: Results; apiBaseUrl: string | null }) {
  const language = useLanguage();
  const text = useDiagnosticsText();
  const [copyState, setCopyState] = useState<'copied' | 'failed' | null>(null);

  const buildReport = async () => {
    const [session, events, stats] = await Promise.all([
      readStoredValue(STORED.session, parseSession),
      readStoredValue(STORED.eventLog, parseEventLog),
      readStoredValue(STORED.pipelineStats, parsePipelineStats),
    ]);
    const format = diagnosticFormatters(language, text.connection, Date.now());
    return diagnosticReport(
      {
        generatedAt: Date.now(),
        extensionVersion: browser.runtime.getManifest().version,
        userAgent: navigator.userAgent,
        apiBaseUrl,
        checks: DIAGNOSTIC_CHECKS.flatMap((id) => {
          const result = results[id];
          if (!result) return [];
          return [{ title: text.check[id], status: result.status, ...describeFinding(text, result.finding, format) }];
        }),
        counters: {
          ...Object.fromEntries(Object.entries(stats.orders).map(([outcome, count]) => [`orders ${outcome}`, count])),
          ...Object.fromEntries(
            Object.entries(stats.ignoredFrames).map(([reason, count]) => [`frames ignored (${reason})`, count]),
          ),
          ...Object.fromEntries(
            Object.entries(stats.degradedFields ?? {}).map(([field, count]) => [`orders without ${field}`, count]),
          ),
          'orders missed by the live stream, found by polling': stats.recovered ?? 0,
        },
        events,
      },
      session ? [session.token] : [],
    );
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(await buildReport());
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  const download = async () => {
    const url = URL.createObjectURL(new Blob([await buildReport()], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `khawam-notifier-report-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.txt`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">{text.report}</h2>
      <p class="hint">{text.reportHint}</p>
      <div class="report-actions">
        <button type="button" name="copyReport" onClick={() => inBackground(copy(), 'Copying the report')}>
          {text.copyReport}
        </button>
        <button type="button" name="downloadReport" onClick={() => inBackground(download(), 'Downloading the report')}>
          {text.downloadReport}
        </button>
      </div>
      {copyState && (
        <p role="status" class={copyState === 'copied' ? 'saved' : 'error'}>
          {copyState === 'copied' ? text.copied : text.copyFailed}
        </p>
      )}
    </section>
  );
}

function Diagnostics({ settings }: { settings: Settings }) {
  const language = useLanguage();
  const text = useDiagnosticsText();
  const events = useStoredValue(STORED.eventLog, parseEventLog);
  const [results, setResults] = useState<Results>({});
  const [running, setRunning] = useState(false);
  const [apiBaseUrl, setApiBaseUrl] = useState<string | null>(null);
  const currentRun = useRef(0);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  const run = useCallback(async () => {
    const runId = ++currentRun.current;
    setResults({});
    setRunning(true);
    const deps = await browserDiagnosticDeps(browser, settingsRef.current, text.testNotification);
    setApiBaseUrl(deps.target?.apiBaseUrl ?? null);
    await runDiagnostics(deps, (result) => {
      if (currentRun.current === runId) setResults((previous) => ({ ...previous, [result.id]: result }));
    });
    if (currentRun.current === runId) setRunning(false);
  }, [text]);

  // Runs once on opening (the language is known by then); "check again" runs it on demand.
  const ranOnOpen = useRef(false);
  useEffect(() => {
    if (ranOnOpen.current) return;
    ranOnOpen.current = true;
    inBackground(run(), 'The troubleshooter');
  }, [run]);

  const format = diagnosticFormatters(language, text.connection, Date.now());
  const cause = headline(results);
  const causeWords = cause && describeFinding(text, cause.finding, format);
  return (
    <main class="diagnostics">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <div class="diagnosis" role="status" aria-live="polite" data-check={cause?.id}>
        {causeWords ? (
          <p class={cause.status === 'fail' ? 'error' : 'warning'}>
            <strong>{text.causeFound}</strong> {causeWords.summary} {causeWords.fix}
          </p>
        ) : running ? (
          <p>{text.running}</p>
        ) : (
          <p class="saved">{text.allGood}</p>
        )}
      </div>
      <button
        type="button"
        class="primary"
        name="runAgain"
        disabled={running}
        onClick={() => inBackground(run(), 'The troubleshooter')}
      >
        {text.runAgain}
      </button>
      <DiagnosticCheckList results={results} format={format} />
      <ReportActions results={results} apiBaseUrl={apiBaseUrl} />
      {events && <EventLogView events={events} />}
    </main>
  );
}

const pageTitle = (text: DiagnosticsText) => `${text.title} · ${text.extensionName}`;

export function DiagnosticsApp() {
  const effective = useEffectiveSettings();
  const busy = <main aria-busy="true" />;
  if (!effective) return busy;
  return (
    <DiagnosticsWordsProvider setting={effective.settings.language} title={pageTitle} loading={busy}>
      <Diagnostics settings={effective.settings} />
    </DiagnosticsWordsProvider>
  );
}
