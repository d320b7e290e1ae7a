import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openBrowserSocket } from '../utils/connection/browserSocket';
import { alertSoundPlayer } from '../utils/platform/alertSoundPlayer';
import { startOrderService } from '../utils/background/orderService';

export default defineBackground({
  type: 'module',
  main: () =>
    startOrderService(browser, {
      openSocket: openBrowserSocket,
      fetch: (input, init) => fetch(input, init),
      playSound: alertSoundPlayer(browser),
      network: {
        isOnline: () => navigator.onLine,
        onChange: (listener) => {
          addEventListener('online', () => listener(true));
          addEventListener('offline', () => listener(false));
        },
      },
    }),
});
