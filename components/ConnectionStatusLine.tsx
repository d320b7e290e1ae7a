import { useEffect, useState } from 'preact/hooks';
import type { ConnectionStatus } from '../utils/storage';
import { describeConnection, type ConnectionAction } from '../utils/ui/describeConnection';

const ACTION_LABEL: Record<ConnectionAction, string> = {
  signIn: 'تسجيل الدخول',
  openSettings: 'فتح الإعدادات',
  retryNow: 'أعد المحاولة الآن',
};

export function ConnectionStatusLine({
  status,
  onAction,
}: {
  status: ConnectionStatus | undefined;
  onAction(action: ConnectionAction): void;
}) {
  const [now, setNow] = useState(Date.now());
  // The retry countdown is the only part that changes without a new status.
  useEffect(() => {
    if (status?.state !== 'waiting') return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [status]);
  if (!status) return <p class="status" aria-busy="true" />;
  const { text, tone, action } = describeConnection(status, now);
  return (
    <div class={`status status-${tone}`} data-state={status.state}>
      <p role="status" aria-live="polite" data-reason={status.state === 'rejected' ? status.reason : undefined}>
        {text}
      </p>
      {action && (
        <button type="button" class="status-action" data-action={action} onClick={() => onAction(action)}>
          {ACTION_LABEL[action]}
        </button>
      )}
    </div>
  );
}
