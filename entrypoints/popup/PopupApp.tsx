import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ConnectionStatusLine } from '../../components/ConnectionStatusLine';
import { LanguageProvider, useLanguage, useText } from '../../components/LanguageContext';
import { OrderList } from '../../components/OrderList';
import { PolicyProvider, useLocked } from '../../components/PolicyContext';
import { snoozeEnd, SNOOZE_CHOICES } from '../../utils/alerts/quietTime';
import { INTL_LOCALE } from '../../utils/i18n/language';
import { relativeTime } from '../../utils/i18n/relativeTime';
import type { UiText } from '../../utils/i18n/uiText';
import { sendMessage } from '../../utils/messaging';
import { lastReceivedAt } from '../../utils/orders/receivedOrders';
import { STATUS_POLL_MS } from '../../utils/orders/statusWatch';
import { defaultDashboardUrl, normalizeBaseUrl } from '../../utils/shop/shopUrls';
import {
  connectionSnapshotItem,
  readSettings,
  receivedOrdersItem,
  settingsItem,
  snoozedUntilItem,
  type Settings,
} from '../../utils/storage';
import type { ConnectionAction } from '../../utils/ui/describeConnection';
import { useEffectiveSettings } from '../../utils/ui/useEffectiveSettings';
import { useStorageItem } from '../../utils/ui/useStorageItem';

/** The popup shows this many; the dashboard has the rest. */
const SHOWN_ORDERS = 50;

function perform(action: ConnectionAction): void {
  if (action === 'retryNow') void sendMessage('retryNow');
  else void browser.runtime.openOptionsPage();
}

function AlertControls({ settings, snoozedUntil }: { settings: Settings; snoozedUntil: number | null }) {
  const language = useLanguage();
  const text = useText();
  const snoozed = snoozedUntil !== null && snoozedUntil > Date.now();
  const toggleSound = async () =>
    settingsItem.setValue({ ...(await readSettings()), soundEnabled: !settings.soundEnabled });
  return (
    <div class="alert-controls">
      <button
        type="button"
        name="sound"
        aria-pressed={settings.soundEnabled}
        disabled={useLocked('soundEnabled')}
        onClick={() => void toggleSound()}
      >
        {settings.soundEnabled ? text.popup.soundOn : text.popup.soundOff}
      </button>
      {snoozed ? (
        <p class="snoozed">
          {text.popup.snoozedUntil(
            new Intl.DateTimeFormat(INTL_LOCALE[language], { hour: 'numeric', minute: '2-digit' }).format(snoozedUntil),
          )}{' '}
          <button type="button" name="resume" onClick={() => void snoozedUntilItem.setValue(null)}>
            {text.popup.resume}
          </button>
        </p>
      ) : (
        <details class="snooze-menu">
          <summary>{text.popup.snooze}</summary>
          {SNOOZE_CHOICES.map((choice) => (
            <button
              key={choice}
              type="button"
              name="snooze"
              value={choice}
              onClick={() => void snoozedUntilItem.setValue(snoozeEnd(choice, Date.now()))}
            >
              {text.snoozeChoice[choice]}
            </button>
          ))}
        </details>
      )}
    </div>
  );
}

function Popup({ settings, snoozedUntil }: { settings: Settings; snoozedUntil: number | null }) {
  const text = useText();
  const language = useLanguage();
  const connection = useStorageItem(connectionSnapshotItem);
  const orders = useStorageItem(receivedOrdersItem);
  // Orders unseen when the popup opened stay highlighted while it is open.
  const [unseenAtOpen, setUnseenAtOpen] = useState<ReadonlySet<number> | null>(null);

  useEffect(() => {
    if (!orders || unseenAtOpen) return;
    setUnseenAtOpen(new Set(orders.filter((order) => !order.seen).map((order) => order.id)));
    void sendMessage('markSeen', undefined);
  }, [orders, unseenAtOpen]);

  // While the popup is open, statuses are re-read: a colleague's accept shows here within seconds.
  useEffect(() => {
    const refresh = () => void sendMessage('refreshOrderStatuses', undefined);
    refresh();
    const timer = setInterval(refresh, STATUS_POLL_MS);
    return () => clearInterval(timer);
  }, []);

  const lastOrderAt = orders ? lastReceivedAt(orders) : null;
  const unseenNow = orders?.filter((order) => !order.seen).map((order) => order.id) ?? [];
  const highlighted = new Set([...(unseenAtOpen ?? []), ...unseenNow]);
  const dashboard = normalizeBaseUrl(settings.dashboardUrl ?? defaultDashboardUrl(settings.apiBaseUrl));

  return (
    <main class="popup">
      <ConnectionStatusLine status={connection?.status} onAction={perform} />
      {lastOrderAt !== null && (
        <p class="last-order">{text.popup.lastOrder(relativeTime(INTL_LOCALE[language], lastOrderAt, Date.now()))}</p>
      )}
      {connection?.status.state !== 'signedOut' && <AlertControls settings={settings} snoozedUntil={snoozedUntil} />}
      {/* A fixed minimum height keeps the popup from jumping while the orders load. */}
      <div class="orders-area">
        {orders && (
          <OrderList
            orders={orders.slice(0, SHOWN_ORDERS)}
            highlighted={highlighted}
            now={Date.now()}
            onOpen={(orderId) => void sendMessage('openOrder', orderId)}
            onAccept={(orderId) => void sendMessage('acceptOrder', orderId)}
          />
        )}
      </div>
      <nav class="popup-links">
        {unseenNow.length > 0 && (
          <button type="button" name="markAllSeen" onClick={() => void sendMessage('markSeen', undefined)}>
            {text.popup.markAllSeen}
          </button>
        )}
        {orders && orders.length > 0 && (
          <a href={`${dashboard}/dashboard/orders`} target="_blank" rel="noreferrer">
            {text.popup.olderOrders}
          </a>
        )}
        <a href={browser.runtime.getURL('/options.html')} target="_blank">
          {text.popup.settings}
        </a>
        <a href={browser.runtime.getURL('/diagnostics.html')} target="_blank">
          {text.diagnostics.openTroubleshooter}
        </a>
      </nav>
    </main>
  );
}

const pageTitle = (text: UiText) => text.extensionName;

export function PopupApp() {
  const effective = useEffectiveSettings();
  const snoozedUntil = useStorageItem(snoozedUntilItem);
  if (!effective || snoozedUntil === undefined) return <main class="popup" aria-busy="true" />;
  return (
    <LanguageProvider setting={effective.settings.language} title={pageTitle}>
      <PolicyProvider value={effective.locked}>
        <Popup settings={effective.settings} snoozedUntil={snoozedUntil} />
      </PolicyProvider>
    </LanguageProvider>
  );
}
