import type { LoggedEvent } from './eventLog';

/*
 * The event log's entries in words, for the troubleshooter's view and the report: apart from
 * the log itself, so that the worker, which only records, does not load them.
 */

const closeText = ({ code, reason }: { code: number; reason: string }) =>
  `code ${code}${reason ? `, reason "${reason}"` : ', no reason'}`;

/** The event in plain words, for the troubleshooter's view and the report. */
export function describeEvent(event: LoggedEvent): string {
  switch (event.kind) {
    case 'connection': {
      if (event.cause === undefined) return event.state;
      const code = event.closeCode === undefined ? '' : `, close code ${event.closeCode}`;
      return `${event.state} (${event.cause}${code})`;
    }
    case 'connectionLost':
    case 'handshakeFailed':
      return closeText(event);
    case 'probe':
      return `${event.verdict}: ${event.cause}`;
    case 'frameIgnored':
      return event.reason;
    case 'order':
      return `#${event.orderId}${event.orderNumber === undefined ? '' : ` ${event.orderNumber}`}: ${event.outcome}`;
    case 'orderShape': {
      const without = event.missing.length > 0 ? ` without: ${event.missing.join(', ')}` : '';
      const converted = event.coerced.length > 0 ? ` (converted: ${event.coerced.join(', ')})` : '';
      return `#${event.orderId} announced${without}${converted}`;
    }
    case 'orderRecovered':
      return `#${event.orderId}: missed by the live stream, found by reading the order list`;
    case 'picture':
      return event.problem === 'notShopOrigin'
        ? `#${event.orderId}: no thumbnail: its picture is a link off the shop server, never fetched (notShopOrigin)`
        : `#${event.orderId}: no thumbnail of its picture (${event.problem})`;
    case 'readDropped':
      return `${event.what} answered after the server changed: dropped`;
    case 'dataCarried':
      return `orders stored by the previous release kept for ${event.origin}`;
    case 'catchUpGap':
      return 'orders may have been missed while offline: more were missed than one catch-up reads';
    case 'accept':
      return `#${event.orderId}: ${event.problem === undefined ? 'accepted' : `accept failed (${event.problem})`}`;
    case 'statusRead':
      return event.error === undefined ? 'working again' : `failed: ${event.error}`;
    case 'catchUp':
      return `failed: ${event.error}`;
    case 'sound':
      return `${event.sound} could not play: ${event.error}`;
    case 'speech':
      return event.error === 'noVoice'
        ? 'order not spoken: no voice of the language is installed'
        : `order not spoken: ${event.error}`;
    case 'dashboardSession':
      return `dashboard sign-in not used: ${event.ignored}`;
    case 'failure':
      return `${event.what} failed: ${event.error}`;
  }
}

/** The event in words with how often it happened. */
export function describeEventWithCount(event: LoggedEvent): string {
  const words = describeEvent(event);
  return event.count && event.count > 1 ? `${words} (×${event.count})` : words;
}
