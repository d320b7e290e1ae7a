import { parseCreatedAt } from './createdAt';
import type { Order } from './order';

/**
 * The computer's clock and the server's may disagree by this much: on a first read, an
 * order created this long before the sign-in still counts as news (one announced twice is
 * impossible, the dedupe store sees to that; one missed is what must never happen).
 */
const SIGN_IN_CLOCK_SKEW_MS = 2 * 60_000;

/**
 * The first minute after sign-in: on a first read (no mark for this server yet), what was there
 * at sign-in. Orders above the id the list showed then are news; without that id, orders created
 * after the sign-in are.
 */
export interface FirstReadNews {
  highestOrderIdAtSignIn: number | null;
  signedInAt: number;
  serverTimeZone: string;
}

/** What the sign-in kept (its time, and the highest id the list showed then, if it could read it). */
export function firstReadNews(
  signIn: { highestOrderIdAtSignIn?: number | null; signedInAt: number } | null,
  serverTimeZone: string,
): FirstReadNews | null {
  return (
    signIn && {
      highestOrderIdAtSignIn: signIn.highestOrderIdAtSignIn ?? null,
      signedInAt: signIn.signedInAt,
      serverTimeZone,
    }
  );
}

/** Whether a listed order is news on a first read: created after the sign-in, by its id or else its time. */
export function newOnFirstRead(firstRead: FirstReadNews | null): (order: Order) => boolean {
  const since = firstRead ? firstRead.signedInAt - SIGN_IN_CLOCK_SKEW_MS : null;
  return ({ id, createdAt }) => {
    const listedAtSignIn = firstRead?.highestOrderIdAtSignIn ?? null;
    if (listedAtSignIn !== null) return id > listedAtSignIn;
    if (since === null || createdAt === null) return false;
    const at = parseCreatedAt(createdAt, firstRead!.serverTimeZone);
    return at !== null && at >= since;
  };
}
