import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openBrowserSocket } from '../utils/connection/browserSocket';
import { alertSoundPlayer } from '../utils/platform/alertSoundPlayer';
import { startWorker } from '../utils/background/startWorker';
import { sendMessage } from '../utils/messaging';

export default defineBackground({
  type: 'module',
  main: () =>
    startWorker(browser, {
      openSocket: openBrowserSocket,
      fetch: (input, init) => fetch(input, init),
      playSound: alertSoundPlayer(browser, (request) => sendMessage('playInOffscreen', request)),
      network: {
        isOnline: () => navigator.onLine,
        onChange: (listener) => {
          addEventListener('online', () => listener(true));
          addEventListener('offline', () => listener(false));
        },
      },
    }),
});
