import { parseConnectionSnapshot, type ConnectionAction } from '../../utils/connection/connectionStatus';
import { lastReceivedAt, parseReceivedOrders, type ReceivedOrder } from '../../utils/orders/receivedOrderSchema';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ConnectionStatusLine } from '../../components/ConnectionStatusLine';
import { useLanguage } from '../../components/LanguageContext';
import { PopupWordsProvider, usePopupText } from '../../components/popupWords';
import { OrderList } from '../../components/OrderList';
import { PolicyProvider, useLocked } from '../../components/PolicyContext';
import { parseMoment, snoozeEnd, SNOOZE_CHOICES } from '../../utils/alerts/quietTime';
import { parseStorageProblem } from '../../utils/diagnostics/storageProblem';
import { INTL_LOCALE } from '../../utils/i18n/language';
import { relativeTime } from '../../utils/i18n/relativeTime';
import { sendMessage } from '../../utils/messaging';
import { STATUS_POLL_MS } from '../../utils/orders/handledElsewhereWatch';
import { dashboardOrderListUrl, dashboardUrlOf } from '../../utils/shop/shopUrls';
import { STORED } from '../../utils/storedValues';
import type { Settings } from '../../utils/settings/settings';
import { useEffectiveSettings } from '../../utils/ui/useEffectiveSettings';
import { useStoredValue } from '../../utils/ui/useStoredValue';
import type { PopupText } from '../../utils/i18n/popupTextAr';
import { inBackground } from '../../utils/ui/inBackground';

/** The popup shows this many; the dashboard has the rest. */
const SHOWN_ORDERS = 50;

function perform(action: ConnectionAction): void {
  if (action === 'retryNow') inBackground(sendMessage('retryNow'), 'Retrying');
  else inBackground(browser.runtime.openOptionsPage(), 'Opening the settings');
}

function AlertControls({ settings, snoozedUntil }: { settings: Settings; snoozedUntil: number | null }) {
  const language = useLanguage();
  const text = usePopupText();
  const snoozed = snoozedUntil !== null && snoozedUntil > Date.now();
  const toggleSound = () => sendMessage('updateSettings', { soundEnabled: !settings.soundEnabled });
  return (
    <div class="alert-controls">
      <button
        type="button"
        name="sound"
        aria-pressed={settings.soundEnabled}
        disabled={useLocked('soundEnabled')}
        onClick={() => inBackground(toggleSound(), 'Switching the sound')}
      >
        {settings.soundEnabled ? text.popup.soundOn : text.popup.soundOff}
      </button>
      {snoozed ? (
        <p class="snoozed">
          {text.popup.snoozedUntil(
            new Intl.DateTimeFormat(INTL_LOCALE[language], { hour: 'numeric', minute: '2-digit' }).format(snoozedUntil),
          )}{' '}
          <button
            type="button"
            name="resume"
            onClick={() => inBackground(sendMessage('snooze', null), 'Resuming alerts')}
          >
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
              onClick={() => inBackground(sendMessage('snooze', snoozeEnd(choice, Date.now())), 'Snoozing')}
            >
              {text.snoozeChoice[choice]}
            </button>
          ))}
        </details>
      )}
    </div>
  );
}

/** What the popup shows from storage, read from its first render on (undefined while loading). */
function useShown() {
  return {
    connection: useStoredValue(STORED.connectionSnapshot, parseConnectionSnapshot),
    storageProblem: useStoredValue(STORED.storageProblem, parseStorageProblem),
    orders: useStoredValue(STORED.receivedOrders, parseReceivedOrders),
  };
}

function Popup({
  settings,
  snoozedUntil,
  shown: { connection, storageProblem, orders },
}: {
  settings: Settings;
  snoozedUntil: number | null;
  shown: ReturnType<typeof useShown>;
}) {
  const text = usePopupText();
  const language = useLanguage();
  // Orders unseen when the popup opened stay highlighted while it is open.
  // Taken in the first render when the orders are already there (preloaded): no second render to show them.
  const unseenIn = (shown: readonly ReceivedOrder[]) =>
    new Set(shown.filter((order) => !order.seen).map((order) => order.id));
  const [unseenAtOpen, setUnseenAtOpen] = useState<ReadonlySet<number> | null>(() =>
    orders ? unseenIn(orders) : null,
  );
  const markedSeen = useRef(false);

  useEffect(() => {
    if (!orders || markedSeen.current) return;
    markedSeen.current = true;
    if (!unseenAtOpen) setUnseenAtOpen(unseenIn(orders));
    inBackground(sendMessage('markSeen', undefined), 'Marking orders seen');
  }, [orders, unseenAtOpen]);

  // While the popup is open, statuses are re-read: a colleague's accept shows here within seconds.
  useEffect(() => {
    const refresh = () => inBackground(sendMessage('refreshOrderStatuses', undefined), 'Reading statuses');
    refresh();
    const timer = setInterval(refresh, STATUS_POLL_MS);
    return () => clearInterval(timer);
  }, []);

  const lastOrderAt = orders ? lastReceivedAt(orders) : null;
  const unseenNow = orders?.filter((order) => !order.seen).map((order) => order.id) ?? [];
  const highlighted = new Set([...(unseenAtOpen ?? []), ...unseenNow]);
  const dashboard = dashboardUrlOf(settings);

  return (
    <main class="popup">
      <ConnectionStatusLine status={connection?.status} onAction={perform} />
      {lastOrderAt !== null && (
        <p class="last-order">{text.popup.lastOrder(relativeTime(language, lastOrderAt, Date.now()))}</p>
      )}
      {storageProblem && (
        <p class="warning" role="alert" data-problem="storageFull">
          {text.popup.storageFull}
        </p>
      )}
      {connection?.status.state !== 'signedOut' && <AlertControls settings={settings} snoozedUntil={snoozedUntil} />}
      {/* A fixed minimum height keeps the popup from jumping while the orders load. */}
      <div class="orders-area">
        {orders && (
          <OrderList
            orders={orders.slice(0, SHOWN_ORDERS)}
            highlighted={highlighted}
            showPictures={settings.showPictures}
            now={Date.now()}
            onOpen={(orderId) => inBackground(sendMessage('openOrder', orderId), 'Opening the order')}
            onAccept={(orderId) => inBackground(sendMessage('acceptOrder', orderId), 'Accepting the order')}
          />
        )}
      </div>
      <nav class="popup-links">
        {unseenNow.length > 0 && (
          <button
            type="button"
            name="markAllSeen"
            onClick={() => inBackground(sendMessage('markSeen', undefined), 'Marking orders seen')}
          >
            {text.popup.markAllSeen}
          </button>
        )}
        {orders && orders.length > 0 && (
          <a href={dashboardOrderListUrl(dashboard)} target="_blank" rel="noreferrer">
            {text.popup.olderOrders}
          </a>
        )}
        <a href={browser.runtime.getURL('/options.html')} target="_blank">
          {text.popup.settings}
        </a>
        <a href={browser.runtime.getURL('/diagnostics.html')} target="_blank">
          {text.troubleshooter.title}
        </a>
      </nav>
    </main>
  );
}

const pageTitle = (text: PopupText) => text.extensionName;

export function PopupApp() {
  const effective = useEffectiveSettings();
  const snoozedUntil = useStoredValue(STORED.snoozedUntil, parseMoment);
  // Read alongside the settings and the words, not after them.
  const shown = useShown();
  const busy = <main class="popup" aria-busy="true" />;
  if (!effective || snoozedUntil === undefined) return busy;
  return (
    <PopupWordsProvider setting={effective.settings.language} title={pageTitle} loading={busy}>
      <PolicyProvider value={effective.locked}>
        <Popup settings={effective.settings} snoozedUntil={snoozedUntil} shown={shown} />
      </PolicyProvider>
    </PopupWordsProvider>
  );
}
