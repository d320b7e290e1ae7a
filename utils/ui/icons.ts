/** The extension's icons, as paths inside the package. */
export const NOTIFICATION_ICON = '/icon/128.png';
export const NORMAL_TOOLBAR_ICON = { 16: '/icon/16.png', 32: '/icon/32.png' };
export const PROBLEM_TOOLBAR_ICON = { 16: '/icon/problem-16.png', 32: '/icon/problem-32.png' };
