import { useEffect, useState } from 'preact/hooks';
import type { ConnectionAction, ConnectionStatus } from '../utils/connection/connectionStatus';
import { describeConnection } from '../utils/i18n/describeConnection';
import { INTL_LOCALE } from '../utils/i18n/language';
import { useLanguage } from './LanguageContext';
import { usePopupText } from './popupWords';

export function ConnectionStatusLine({
  status,
  onAction,
}: {
  status: ConnectionStatus | undefined;
  onAction(action: ConnectionAction): void;
}) {
  const language = useLanguage();
  const text = usePopupText();
  const [now, setNow] = useState(Date.now());
  // The retry countdown is the only part that changes without a new status.
  useEffect(() => {
    if (status?.state !== 'waiting') return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [status]);
  if (!status) return <div class="status" aria-busy="true" />;
  const { text: words, tone, action } = describeConnection(status, now, text.connection, INTL_LOCALE[language]);
  return (
    <div class={`status status-${tone}`} data-state={status.state}>
      <p role="status" aria-live="polite" data-reason={status.state === 'rejected' ? status.reason : undefined}>
        {words}
      </p>
      {action && (
        <button type="button" class="status-action" data-action={action} onClick={() => onAction(action)}>
          {text.connection.action[action]}
        </button>
      )}
    </div>
  );
}
