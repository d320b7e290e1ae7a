/**
 * An order's statuses and what can go wrong changing one: plain data the pages read too,
 * apart from the request itself (changeOrderStatus), which pages never send.
 */

/** An order's life (docs/PROTOCOL.md §6); a new order is `pending` until someone accepts it. */
export const ORDER_STATUSES = [
  'pending',
  'accepted',
  'preparing',
  'shipping',
  'awaiting_pickup',
  'completed',
  'cancelled',
  'rejected',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

// Plain lists, not spreads of each other: a spread is code the bundler keeps in every page.
/** A colleague is handling the order: it is no longer anyone's alarm. */
export const HANDLED_STATUSES = [
  'accepted',
  'preparing',
  'shipping',
  'awaiting_pickup',
] as const satisfies OrderStatus[];
/** The order is over: it never alerts. */
export const TERMINAL_STATUSES = ['completed', 'cancelled', 'rejected'] as const satisfies OrderStatus[];

export const STATUS_CHANGE_PROBLEMS = [
  'signInRequired',
  'notAllowed',
  'refused',
  'notFound',
  'serverError',
  'unreachable',
  /** The server answered with a redirect: not followed, the token not sent elsewhere. */
  'redirected',
  /** The worker stopped before the server answered: it may or may not have taken the change. */
  'interrupted',
  /** Refused because the server refuses this account's tokens (its integer-`sub` defect). */
  'serverDefect',
] as const;
export type StatusChangeProblem = (typeof STATUS_CHANGE_PROBLEMS)[number];
