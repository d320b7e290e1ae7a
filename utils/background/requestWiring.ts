import type { browser as browserApi } from 'wxt/browser';
import type { ConnectionTarget } from '../connection/connectionTarget';
import type { OrderConnection } from '../connection/orderConnection';
import type { Settings } from '../settings/settings';
import { dashboardOrderListUrl, dashboardUrlOf, orderPageUrl } from '../shop/shopUrls';
import type { PlaySound } from '../alerts/alertSound';
import type { Failed } from '../failed';
import type { configurationWriter } from './configurationWriter';
import type { dashboardSession } from './dashboardSession';
import { registerMessageHandlers } from './messageHandlers';
import { listenToNotificationClicks } from './notificationClicks';
import { openInDashboard } from './openInDashboard';
import type { wireOrders } from './orderWiring';

export interface RequestWiringDeps {
  /** Settles once the stored session and settings are read (rejected if that failed). */
  started: Promise<unknown>;
  /** The administrator's policy, read (dashboard sessions may be forbidden). */
  policyRead: Promise<unknown>;
  settings(): Settings;
  target(): ConnectionTarget | null;
  orders: ReturnType<typeof wireOrders>;
  connection: OrderConnection;
  dashboard: ReturnType<typeof dashboardSession>;
  writer: ReturnType<typeof configurationWriter>;
  playSound: PlaySound;
  failed: Failed;
}

/**
 * What the staff member asks of the worker: the pages' messages and a hand on a notification.
 * The event that woke this worker (a click on a notification, a page's message) arrives before
 * the stored session and settings are read: every handler waits for them, or an Accept would go
 * nowhere and a click would open the production dashboard.
 */
export function wireRequests(browser: typeof browserApi, deps: RequestWiringDeps): void {
  const { orders, connection, dashboard, writer, settings } = deps;
  const configured = deps.started.catch(() => undefined);
  const afterStart =
    <A extends unknown[], R>(run: (...args: A) => R) =>
    async (...args: A): Promise<Awaited<R>> => {
      await configured;
      return await run(...args);
    };

  const openOrder = afterStart((orderId: number) =>
    openInDashboard(browser, orderPageUrl(dashboardUrlOf(settings()), orderId)),
  );
  const markSeen = afterStart((orderIds?: readonly number[]) => orders.settle(orderIds ?? 'all', 'seen'));
  const acceptOrder = afterStart(orders.accept);
  registerMessageHandlers(
    { id: browser.runtime.id, origin: browser.runtime.getURL('/') },
    {
      markSeen,
      openOrder: async (orderId) => void (await Promise.all([openOrder(orderId), markSeen([orderId])])),
      retryNow: afterStart(() => connection.retryNow()),
      acceptOrder,
      refreshOrderStatuses: afterStart(() => orders.handledElsewhere.refresh()),
      connectionServer: () => deps.started.then(() => deps.target()?.apiBaseUrl ?? null),
      testSound: ({ sound, volume }) => deps.playSound(sound, volume),
      // The administrator may forbid dashboard sessions: no token is taken before the policy is read.
      dashboardToken: afterStart(async (token, sender) => {
        await deps.policyRead;
        return dashboard.receiveToken(token, sender);
      }),
      updateSettings: writer.updateSettings,
      signedIn: writer.signedIn,
      signOut: writer.signOut,
      snooze: writer.snooze,
    },
  );
  listenToNotificationClicks(browser, {
    openOrder,
    acceptOrder,
    openOrderList: afterStart(() => openInDashboard(browser, dashboardOrderListUrl(dashboardUrlOf(settings())))),
    markSeen,
    openOptions: () => browser.runtime.openOptionsPage(),
    failed: deps.failed,
  });
}
