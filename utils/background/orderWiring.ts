import type { PlayResult } from '../sound/sounds';
import type { browser as browserApi } from 'wxt/browser';
import type { ConnectionTarget } from '../connection/connectionTarget';
import type { NewEvent } from '../diagnostics/eventLog';
import type { Language } from '../i18n/language';
import { acceptOnServer, acceptOrder } from '../orders/acceptOrder';
import { fetchRecentOrders, parseOrderWatermark } from '../orders/catchUp';
import { KnownOrders, knownOrdersIn } from '../orders/knownOrders';
import { OrderIntake } from '../orders/orderIntake';
import { OrderPipeline } from '../orders/orderPipeline';
import type { PipelineOutcome } from '../orders/pipelineOutcomes';
import { orderScope, ScopeGeneration } from '../orders/orderScope';
import { orderSettler } from '../orders/orderSettler';
import { parseReceivedOrders } from '../orders/receivedOrderSchema';
import { ReceivedOrderList } from '../orders/receivedOrderList';
import { Reconciler } from '../orders/reconciler';
import type { Settings } from '../settings/settings';
import { changeOrderStatus } from '../shop/changeOrderStatus';
import type { SoundName } from '../sound/sounds';
import {
  lastSoundItem,
  nextRingAtItem,
  orderScopeItem,
  orderWatermarkItem,
  readParsed,
  receivedOrdersItem,
} from '../storage';
import { speechEngine } from '../platform/speechEngine';
import { OrderSpeaker } from '../speech/orderSpeaker';
import { OrderPictures } from '../pictures/orderPictures';
import { makeThumbnail } from '../pictures/thumbnail';
import { drawPicture } from '../platform/pictureCanvas';
import { PRODUCTION_API_BASE_URL } from '../shop/shopUrls';
import { alertRinging } from './alertRinging';
import { orderNotifications } from './orderNotifications';
import { watchHandledElsewhere } from './watchHandledElsewhere';
import type { StorageHealth } from './storageHealth';
import { browserTimers } from './timers';

export interface OrderWiringDeps {
  fetch: typeof fetch;
  playSound(sound: SoundName, volume: number): Promise<PlayResult>;
  settings(): Settings;
  language(): Language;
  target(): ConnectionTarget | null;
  isQuiet(now: number): boolean;
  setBadgeText(text: string): void;
  log(event: NewEvent): void;
  countOutcome(outcome: PipelineOutcome): void;
  countDegraded(fields: readonly string[]): void;
  countRecovered(): void;
  storage: StorageHealth;
  onError(what: string): (error: unknown) => void;
}

/**
 * Everything that happens to an order once it arrives, kept in extension storage: the pipeline (dedupe, filter,
 * list, notification, sound, badge), the status watch that notices a colleague's
 * accept, and the staff member's own accept; `settle` is the one way out.
 */
export function wireOrders(browser: typeof browserApi, deps: OrderWiringDeps) {
  const { settings, log } = deps;
  const { storage } = deps;
  const generation = new ScopeGeneration();
  const received = new ReceivedOrderList({
    load: () => readParsed(receivedOrdersItem, parseReceivedOrders),
    save: (orders) => storage.save('the order list', () => receivedOrdersItem.setValue(orders)),
    now: Date.now,
  });
  const ringing = alertRinging({
    play: deps.playSound,
    settings,
    received,
    isQuiet: deps.isQuiet,
    log,
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
        if (!outcome.ok) log({ kind: 'speech', error: outcome.error });
      },
      now: Date.now,
      ...browserTimers,
    });
  const notifications = orderNotifications(
    browser,
    () => ({
      language: deps.language(),
      requireInteraction: settings().requireInteraction,
      showPictures: settings().showPictures,
    }),
    deps.onError('notification'),
  );
  const pictures = new OrderPictures({
    makeThumbnail: (source) =>
      makeThumbnail(source, {
        fetch: deps.fetch,
        draw: drawPicture,
        apiBaseUrl: deps.target()?.apiBaseUrl ?? PRODUCTION_API_BASE_URL,
      }),
    onThumbnail: (orderId, thumbnail) => received.setThumbnail(orderId, thumbnail),
    onFailed: (orderId, problem) => log({ kind: 'picture', orderId, problem }),
  });
  const settle = orderSettler({
    received,
    setBadgeText: deps.setBadgeText,
    rescheduleRinging: ringing.reschedule,
    clearNotifications: notifications.clearOrders,
  });
  const handledElsewhere = watchHandledElsewhere({
    received,
    showingOrderIds: notifications.showingOrderIds,
    readRecent: async (limit) => {
      const target = deps.target();
      if (!target) return null;
      const current = generation.begin();
      const recent = await fetchRecentOrders(deps.fetch, target.apiBaseUrl, target.token, limit);
      // Read for a server that is no longer this one: its statuses are not this list's.
      if (current()) return recent.map((parsed) => parsed.order);
      log({ kind: 'readDropped', what: 'order statuses' });
      return null;
    },
    settle,
    log,
    now: Date.now,
  });
  const pipeline = new OrderPipeline({
    known: new KnownOrders(
      knownOrdersIn({
        get: (keys) => browser.storage.local.get(keys),
        set: (items) => storage.save('the duplicate protection', () => browser.storage.local.set(items)),
        remove: (keys) => storage.save('the duplicate protection', () => browser.storage.local.remove(keys)),
      }),
      Date.now,
    ),
    received,
    alerts: {
      ...notifications,
      ring: (order) => {
        ringing.ring();
        speaker?.add(order);
        handledElsewhere.wake();
      },
      picture: (orderId, source) => (settings().showPictures ? pictures.thumbnail(orderId, source) : null),
      setBadgeText: deps.setBadgeText,
    },
    filterSettings: () => ({
      catchUpMaxAgeMs: settings().catchUpMaxAgeHours * 3_600_000,
      serverTimeZone: settings().serverTimeZone,
    }),
    isQuiet: deps.isQuiet,
    now: Date.now,
    onLoadFailed: (error) =>
      log({ kind: 'failure', what: 'reading the stored orders (alerts go on from memory)', error: String(error) }),
    count: (outcome, order) => {
      log({ kind: 'order', orderId: order.id, orderNumber: order.number ?? undefined, outcome });
      deps.countOutcome(outcome);
    },
  });
  const intake = new OrderIntake({
    generation,
    announce: (order, source, picture) => pipeline.receive(order, source, picture),
    knownIds: () => pipeline.knownIds(),
    loadWatermark: () => readParsed(orderWatermarkItem, parseOrderWatermark),
    firstReadNews: () => {
      const target = deps.target();
      return (
        target && {
          highestOrderIdAtSignIn: target.highestOrderIdAtSignIn ?? null,
          signedInAt: target.signedInAt,
          serverTimeZone: settings().serverTimeZone,
        }
      );
    },
    saveWatermark: (watermark) => storage.save('the catch-up mark', () => orderWatermarkItem.setValue(watermark)),
    onDegraded: ({ order, missing, coerced }) => {
      log({ kind: 'orderShape', orderId: order.id, missing, coerced });
      deps.countDegraded([...missing, ...coerced]);
    },
    onGap: () => {
      log({ kind: 'catchUpGap' });
      notifications.showMissedWarning();
    },
    onDropped: () => log({ kind: 'readDropped', what: 'the order list' }),
    onRecovered: (order) => {
      log({ kind: 'orderRecovered', orderId: order.id });
      deps.countRecovered();
    },
    now: Date.now,
    ...browserTimers,
  });

  const reconciler = new Reconciler({
    reconcile: async (mode) => {
      const target = deps.target();
      if (!target) return;
      // With no socket, Chrome stops a worker 30 s after its last extension call, and its timers with
      // it: each read of the list calls one, so the 15 s rhythm keeps the worker up as a socket would.
      if (mode === 'listReading') browser.runtime.getPlatformInfo().catch(() => undefined);
      await intake.reconcile(
        target.apiBaseUrl,
        (limit) => fetchRecentOrders(deps.fetch, target.apiBaseUrl, target.token, limit),
        { recovered: mode === 'safetyNet' },
      );
    },
    lastReadAt: () => intake.lastReadAt,
    now: Date.now,
    random: Math.random,
    ...browserTimers,
    onError: (error) => log({ kind: 'catchUp', error: String(error) }),
  });

  const known = pipeline.known;
  const scope = orderScope({
    generation,
    readScope: () => orderScopeItem.getValue(),
    writeScope: (origin) => orderScopeItem.setValue(origin),
    markServer: async () => {
      const mark = await readParsed(orderWatermarkItem, parseOrderWatermark);
      return mark && new URL(mark.apiBaseUrl).origin;
    },
    reset: async () => {
      received.reset();
      intake.forgetCatchUps();
      await Promise.all([known.reset(), orderWatermarkItem.setValue(null), notifications.clearAll()]);
      deps.setBadgeText('');
      ringing.reschedule();
    },
    onCarriedForward: (origin) => log({ kind: 'dataCarried', origin }),
  });
  return {
    intake,
    reconciler,
    followScope: scope.follow,
    handledElsewhere,
    ringing,
    settle,
    /** After a worker restart: the badge, the sound's rhythm and the status watch pick up where they were. */
    async resume(): Promise<void> {
      await pipeline.restoreBadge();
      ringing.resume();
      handledElsewhere.wake();
    },
    accept: (orderId: number) => {
      const current = generation.begin();
      return acceptOrder(
        {
          received,
          accept: (id) =>
            acceptOnServer(
              deps.target(),
              (listedId) => received.byIds([listedId]).length > 0,
              (signedIn, acceptedId) => changeOrderStatus(deps.fetch, signedIn, acceptedId, 'accepted'),
              id,
            ),
          settle,
          showFailure: (order, failure) => notifications.showAcceptFailure(order, failure.problem),
          log: (id, problem) => log({ kind: 'accept', orderId: id, problem }),
          now: Date.now,
          isCurrent: () => {
            if (current()) return true;
            log({ kind: 'readDropped', what: `accepting #${orderId}` });
            return false;
          },
        },
        orderId,
      );
    },
  };
}
