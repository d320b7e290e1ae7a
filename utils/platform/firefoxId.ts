/** The extension's fixed id on Firefox (AMO, `policies.json` and the Firefox tests name it). */
export const FIREFOX_EXTENSION_ID = 'khawam-staff-notifier@khawam.net';
