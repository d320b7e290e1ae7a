import { PRODUCTION_API_BASE_URL } from '../shop/shopUrls';
import type { Settings } from './settings';

/** A fresh install: the shop's production server, Arabic unless the browser is English, the old dashboard's beep. */
export const DEFAULT_SETTINGS: Settings = {
  apiBaseUrl: PRODUCTION_API_BASE_URL,
  dashboardUrl: null,
  serverPingIntervalSeconds: 30,
  serverTimeZone: 'UTC',
  language: 'auto',
  soundEnabled: true,
  sound: 'beep',
  soundVolume: 80,
  repeatUntilAcknowledged: false,
  repeatIntervalSeconds: 30,
  repeatMaxMinutes: 10,
  requireInteraction: false,
  quietHours: { enabled: false, periods: [] },
  catchUpMaxAgeHours: 24,
  useDashboardSession: false,
  showPictures: true,
  speakOrders: false,
  speechVoice: null,
};
