import type { ConnectionStatus } from '../storage';

export type ConnectionTone = 'ok' | 'busy' | 'problem' | 'idle';

/** The connection state in plain words for the popup, with a tone for its colour. */
export function describeConnection(status: ConnectionStatus, now: number): { text: string; tone: ConnectionTone } {
  switch (status.state) {
    case 'signedOut':
      return { text: 'لم تسجّل الدخول بعد: افتح الإعدادات وسجّل الدخول لتصلك الطلبات.', tone: 'idle' };
    case 'connecting':
      return { text: 'جارٍ الاتصال بخادم المطبعة…', tone: 'busy' };
    case 'open':
      return { text: 'متصل: ستصلك الطلبات الجديدة فور وصولها.', tone: 'ok' };
    case 'waiting': {
      const seconds = Math.max(0, Math.ceil((status.nextAttemptAt - now) / 1000));
      return { text: `انقطع الاتصال. إعادة المحاولة خلال ${seconds} ث.`, tone: 'problem' };
    }
  }
}
