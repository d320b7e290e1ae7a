import type { browser as browserApi } from 'wxt/browser';
import type { PipelineOutcome } from '../orders/orderPipeline';
import { acceptOnServer, acceptOrder } from '../orders/acceptOrder';
import { HandledElsewhereWatch } from '../orders/handledElsewhereWatch';
import { OrderPipeline } from '../orders/orderPipeline';
import { orderScope, ScopeGeneration } from '../orders/orderScope';
import { orderSettler } from '../orders/orderSettler';
import { changeOrderStatus } from '../shop/changeOrderStatus';
import { orderScopeItem } from '../storageItems';
import { browserTimers } from '../timers';
import { wireIntake, type IntakeWiringDeps } from './intakeWiring';
import { orderAlerts, type OrderAlertsDeps } from './orderAlerts';
import { orderStores } from './orderStores';
import type { StorageWrites } from './storageWrites';

export interface OrderWiringDeps extends OrderAlertsDeps, IntakeWiringDeps {
  setBadgeText(text: string): void;
  countOutcome(outcome: PipelineOutcome): void;
  /** Failed writes: logged once, published, cleared when writes work again. */
  writes: StorageWrites;
}

/**
 * Everything that happens to an order once the connection hands it over:
 * intake (live, or read from the order list) → pipeline (dedupe, filter, list, decide) →
 * alerts (notification, sound, badge). Each step is built before the one that hands it orders;
 * `settle` is the one way out, and the status watch and the staff member's accept lead to it.
 */
export function wireOrders(browser: typeof browserApi, deps: OrderWiringDeps) {
  const { settings, log, setBadgeText } = deps;
  const generation = new ScopeGeneration();
  const stores = orderStores(browser, deps.writes, deps.writeBehind);
  const { received, known } = stores;

  // The last step first: how an order is announced (notification, sound, spoken order, picture).
  const { notifications, ringing, ring, picture } = orderAlerts(browser, deps, received);
  const settle = orderSettler({
    received,
    setBadgeText,
    rescheduleRinging: ringing.reschedule,
    clearNotifications: notifications.clearOrders,
  });

  // The decision: dedupe, filter, list, then announce (notification, sound, badge) or stay quiet.
  const pipeline = new OrderPipeline({
    known,
    received,
    alerts: {
      ...notifications,
      ring: (order) => {
        ring(order);
        handledElsewhere.wake();
      },
      picture,
      setBadgeText,
    },
    filterSettings: () => ({
      catchUpMaxAgeMs: settings().catchUpMaxAgeHours * 3_600_000,
      serverTimeZone: settings().serverTimeZone,
    }),
    isQuiet: deps.isQuiet,
    now: Date.now,
    failed: deps.failed,
    count: (outcome, order) => {
      log({ kind: 'order', orderId: order.id, orderNumber: order.number ?? undefined, outcome });
      deps.countOutcome(outcome);
    },
  });

  // Where orders enter, each handed to the pipeline.
  const { intake, reading, readRecent } = wireIntake(browser, deps, stores, generation, {
    announce: (order, source, picture) => pipeline.receive(order, source, picture),
    knownIds: () => pipeline.knownIds(),
    onGap: () => {
      log({ kind: 'catchUpGap' });
      notifications.showMissedWarning();
    },
  });

  // While an announced order waits, a colleague may handle it: the status watch settles it here.
  const handledElsewhere = new HandledElsewhereWatch({
    received,
    showingOrderIds: notifications.showingOrderIds,
    readRecent,
    settle,
    onHandled: (orderId) => log({ kind: 'order', orderId, outcome: 'handled elsewhere' }),
    onReadStreak: (change) => log({ kind: 'statusRead', ...change }),
    now: Date.now,
    ...browserTimers,
  });

  const scope = orderScope({
    generation,
    readScope: () => orderScopeItem.getValue(),
    writeScope: (origin) => orderScopeItem.setValue(origin),
    markServer: async () => {
      const mark = await stores.watermark.load();
      return mark && new URL(mark.apiBaseUrl).origin;
    },
    reset: async () => {
      received.reset();
      intake.forgetCatchUps();
      await Promise.all([known.reset(), stores.watermark.erase(), notifications.clearAll()]);
      setBadgeText('');
      ringing.reschedule();
    },
    onCarriedForward: (origin) => log({ kind: 'dataCarried', origin }),
  });
  return {
    intake,
    reading,
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
    /** The staff member's accept: a guarded request, a kept result, a shown failure; dropped if the server changed. */
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
