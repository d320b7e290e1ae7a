import type { Language } from '../i18n/language';
import { UI_TEXT } from '../i18n/uiText';
import type { ConnectionStatus } from '../storage';
import { describeConnection } from './describeConnection';

const NORMAL_ICON = { 16: '/icon/16.png', 32: '/icon/32.png' };
const PROBLEM_ICON = { 16: '/icon/problem-16.png', 32: '/icon/problem-32.png' };

/**
 * The toolbar button at a glance: a greyed icon with a red mark whenever orders cannot
 * arrive, and the state in words as its tooltip. The badge keeps counting unseen orders.
 */
export function toolbarAppearance(status: ConnectionStatus, now: number, language: Language) {
  // A tooltip is not redrawn every second, so it carries no countdown.
  const { text, tone } = describeConnection(status, now, language, { countdown: false });
  const connected = status.state === 'open' || status.state === 'connecting';
  return {
    icon: connected ? NORMAL_ICON : PROBLEM_ICON,
    title: UI_TEXT[language].connection.toolbarTitle(text),
    badgeColor: tone === 'problem' ? '#cf222e' : '#0b5cad',
  };
}
