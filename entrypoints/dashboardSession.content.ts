import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../utils/messaging';

/** The key under which the shop dashboard keeps its sign-in token in its page storage. */
const DASHBOARD_TOKEN_KEY = 'auth_token';

/**
 * Runs on the shop dashboard only after the staff member opted in and granted that one
 * origin; registered at run time by the background. It hands the dashboard's token to
 * the background, which verifies it with the server before using it.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main() {
    const handOver = () => {
      const token = localStorage.getItem(DASHBOARD_TOKEN_KEY);
      // The worker verifies the token; there is nothing to tell the dashboard page either way.
      if (token) sendMessage('dashboardToken', token).catch(() => undefined);
    };
    handOver();
    // Signing in on the dashboard in another tab changes its storage.
    window.addEventListener('storage', (event) => {
      if (event.key === DASHBOARD_TOKEN_KEY) handOver();
    });
  },
});
