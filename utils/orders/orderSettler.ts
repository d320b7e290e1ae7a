import { badgeText, type ReceivedOrderList } from './receivedOrderList';

/** Why an order stops asking for attention here. */
export type SettleReason = 'seen' | 'accepted' | 'handledElsewhere';

export interface OrderSettlerDeps {
  received: ReceivedOrderList;
  setBadgeText(text: string): void;
  /** The repeating sound follows what is still unseen. */
  rescheduleRinging(): void;
  /** Takes down these orders' notifications, and the burst summary once nothing is left unseen. */
  clearNotifications(orderIds: readonly number[], nothingUnseen: boolean): void;
}

/**
 * The one place that decides an order no longer asks for attention on this computer:
 * the list marks it seen, the badge and the repeating sound follow, and, when someone
 * acted on it (accepted here or handled by a colleague), its notification goes too. A
 * staff member who merely looked keeps the notifications they have not dismissed.
 */
export function orderSettler(deps: OrderSettlerDeps) {
  return async function settle(orderIds: readonly number[] | 'all', why: SettleReason): Promise<void> {
    const { received } = deps;
    await received.load();
    received.markSeen(orderIds === 'all' ? undefined : orderIds);
    const unseen = received.unseenCount();
    deps.setBadgeText(badgeText(unseen));
    deps.rescheduleRinging();
    if (why !== 'seen' && orderIds !== 'all') deps.clearNotifications(orderIds, unseen === 0);
  };
}
