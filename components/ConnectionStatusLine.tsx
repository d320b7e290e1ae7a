import { useEffect, useState } from 'preact/hooks';
import type { ConnectionStatus } from '../utils/storage';
import { describeConnection } from '../utils/ui/describeConnection';

export function ConnectionStatusLine({ status }: { status: ConnectionStatus | undefined }) {
  const [now, setNow] = useState(Date.now());
  // The retry countdown is the only part that changes without a new status.
  useEffect(() => {
    if (status?.state !== 'waiting') return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [status]);
  if (!status) return <p class="status" aria-busy="true" />;
  const { text, tone } = describeConnection(status, now);
  return (
    <p class={`status status-${tone}`} data-state={status.state} role="status" aria-live="polite">
      {text}
    </p>
  );
}
