import { INTL_LOCALE, type Language } from '../i18n/language';
import { CONNECTION_TEXT } from '../i18n/workerText';
import type { ConnectionStatus } from '../connection/connectionStatus';
import { NORMAL_TOOLBAR_ICON, PROBLEM_TOOLBAR_ICON } from './icons';
import { describeConnection } from '../i18n/describeConnection';

/**
 * The toolbar button at a glance: a greyed icon with a red mark whenever orders cannot
 * arrive, and the state in words as its tooltip. The badge keeps counting unseen orders.
 */
export function toolbarAppearance(status: ConnectionStatus, now: number, language: Language) {
  // A tooltip is not redrawn every second, so it carries no countdown.
  const words = CONNECTION_TEXT[language];
  const { text, tone } = describeConnection(status, now, words, INTL_LOCALE[language], { countdown: false });
  const connected = status.state === 'open' || status.state === 'connecting';
  return {
    icon: connected ? NORMAL_TOOLBAR_ICON : PROBLEM_TOOLBAR_ICON,
    title: words.toolbarTitle(text),
    badgeColor: tone === 'problem' ? '#cf222e' : '#0b5cad',
  };
}
