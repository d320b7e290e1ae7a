import type { browser as browserApi } from 'wxt/browser';
import type { ConnectionTarget } from '../connection/connectionTarget';
import type { NewEvent } from '../diagnostics/eventLog';
import type { Language } from '../i18n/language';
import type { Order } from '../orders/order';
import type { ReceivedOrderList } from '../orders/receivedOrderList';
import { OrderPictures } from '../pictures/orderPictures';
import type { PictureSource } from '../pictures/pictureSource';
import { makeThumbnail } from '../pictures/thumbnail';
import { drawPicture } from '../platform/pictureCanvas';
import { speechEngine } from '../platform/speechEngine';
import type { Settings } from '../settings/settings';
import type { PlaySound } from '../alerts/alertSound';
import type { CoalescedTaskDeps } from '../coalescedTask';
import type { Failed } from '../failed';
import { OrderSpeaker } from '../speech/orderSpeaker';
import { lastSoundItem, nextRingAtItem } from '../storageItems';
import { alertRinging } from './alertRinging';
import { orderNotifications } from './orderNotifications';
import { browserTimers } from '../timers';

export interface OrderAlertsDeps {
  fetch: typeof fetch;
  playSound: PlaySound;
  settings(): Settings;
  language(): Language;
  target(): ConnectionTarget | null;
  isQuiet(now: number): boolean;
  log(event: NewEvent): void;
  failed: Failed;
  /** What the write-behinds wait with and fail to. */
  writeBehind: CoalescedTaskDeps;
}

/**
 * How an order is announced, once the pipeline decided it should be: its notification (its
 * picture's thumbnail following), the sound and its "repeat until seen", the spoken order.
 */
export function orderAlerts(browser: typeof browserApi, deps: OrderAlertsDeps, received: ReceivedOrderList) {
  const { settings, log } = deps;
  const ringing = alertRinging({
    play: deps.playSound,
    settings,
    received,
    isQuiet: deps.isQuiet,
    log,
    writeBehind: deps.writeBehind,
    saveLastSound: (lastSound) => lastSoundItem.setValue(lastSound),
    saveNextRingAt: (at) => nextRingAtItem.setValue(at),
  });
  const engine = speechEngine(browser);
  const speaker =
    engine &&
    new OrderSpeaker({
      settings,
      language: deps.language,
      isQuiet: deps.isQuiet,
      ...engine,
      onSpoken: (outcome) => {
        if (!outcome.ok) log({ kind: 'speech', error: outcome.problem });
      },
      now: Date.now,
      ...browserTimers,
      failed: deps.failed,
    });
  const notifications = orderNotifications(
    browser,
    () => ({
      language: deps.language(),
      requireInteraction: settings().requireInteraction,
      showPictures: settings().showPictures,
    }),
    deps.failed,
    browserTimers,
  );
  const pictures = new OrderPictures({
    makeThumbnail: (source) =>
      makeThumbnail(source, {
        fetch: deps.fetch,
        draw: drawPicture,
        // Signed out meanwhile: the order's server is gone, and no other is asked for its picture.
        apiBaseUrl: deps.target()?.apiBaseUrl ?? null,
        ...browserTimers,
      }),
    onThumbnail: (orderId, thumbnail) => received.setThumbnail(orderId, thumbnail),
    onNoThumbnail: (orderId, problem) => log({ kind: 'picture', orderId, problem }),
  });
  return {
    notifications,
    ringing,
    /** The sound (one for a burst, then its rhythm) and the spoken order. */
    ring(order: Order): void {
      ringing.ring();
      speaker?.add(order);
    },
    /** The thumbnail of an order's picture, when pictures are shown. */
    picture: (orderId: number, source: PictureSource) =>
      settings().showPictures ? pictures.thumbnail(orderId, source) : null,
  };
}
