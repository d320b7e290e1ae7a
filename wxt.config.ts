import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { FIREFOX_EXTENSION_ID } from './utils/platform/firefoxId';
import { E2E_EXTENSION_KEY } from './tests/harness/e2eExtensionKey';

/** Origins a staff member may grant for "use my dashboard session", one at a time, at run time. */
const DASHBOARD_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];
const PERMISSIONS = ['storage', 'notifications', 'alarms', 'idle', 'scripting'];

export default defineConfig({
  // Explicit imports keep every module readable and testable without WXT's globals.
  imports: false,
  manifest: ({ mode, browser }) => {
    const e2e = mode === 'e2e';
    const common = {
      name: '__MSG_extName__',
      short_name: '__MSG_extShortName__',
      description: '__MSG_extDescription__',
      default_locale: 'ar',
      action: { default_title: '__MSG_extName__' },
    };
    // The shop API answers CORS for any origin and WebSockets need no host permission,
    // so the extension asks for no host access at install time.
    if (browser === 'firefox') {
      return {
        ...common,
        // Firefox plays the sound from its persistent background page: no offscreen document.
        // The e2e build starts with the local reference dashboard granted, as on Chrome.
        permissions: e2e ? [...PERMISSIONS, 'http://127.0.0.1/*'] : PERMISSIONS,
        // MV2 lists the run-time origins with the optional permissions.
        optional_permissions: DASHBOARD_ORIGINS,
        browser_specific_settings: {
          gecko: {
            id: FIREFOX_EXTENSION_ID,
            // The first Firefox (and ESR) that reads `data_collection_permissions`.
            strict_min_version: '140.0',
            // What leaves the computer: the sign-in to the shop's own server, and its orders' customers.
            data_collection_permissions: { required: ['authenticationInfo', 'personallyIdentifyingInfo'] },
          },
          gecko_android: { strict_min_version: '142.0' },
        },
        // The Firefox tests open these pages from a local page: WebDriver BiDi may not navigate to them.
        ...(e2e && { web_accessible_resources: ['options.html', 'popup.html', 'diagnostics.html'] }),
      };
    }
    return {
      ...common,
      minimum_chrome_version: '116',
      // Administrators configure the extension through managed storage (docs/ADMIN.md).
      storage: { managed_schema: 'managed_schema.json' },
      // `background`: Chrome runs from login and after its last window closes, so no order waits
      // for someone to open it (README, "When the browser is closed"). `tts`: spoken orders.
      permissions: [...PERMISSIONS, 'offscreen', 'background', 'tts'],
      // Asked for at run time, one dashboard origin at a time, only if the staff member opts in.
      optional_host_permissions: DASHBOARD_ORIGINS,
      // The e2e build starts as if the staff member had granted the local reference dashboard
      // (nobody can answer a permission prompt under automation); its fixed id lets the
      // managed-policy specs write a policy for it.
      ...(e2e && { host_permissions: ['http://127.0.0.1/*'], key: E2E_EXTENSION_KEY }),
    };
  },
  // Chrome 116 and Firefox 140 preload modules themselves: no polyfill on every page.
  // Builds other than `wxt dev` run the shipped code: the e2e build (mode `e2e`, which Vite takes for
  // development) differs from the store's only by its manifest, so tests and the bench measure what ships.
  vite: ({ mode }) => ({
    plugins: [preact({ devToolsEnabled: mode === 'development' })],
    ...(mode !== 'development' && { oxc: { jsx: { development: false } } }),
    build: { modulePreload: { polyfill: false } },
  }),
  // The sources zip for Mozilla's reviewers: the project as committed, without local output.
  zip: { excludeSources: ['.tmp/**', '.data/**', 'stats.html', 'docs/screenshots/**'] },
  hooks: {
    // Each page is built on its own, into one script: a page loads one file, not the chunks it shares with others.
    'entrypoints:grouped': (_wxt, groups) => {
      const pages = groups.flatMap((group) => (Array.isArray(group) && group.length > 1 ? group : []));
      const rest = groups.filter((group) => !(Array.isArray(group) && group.length > 1));
      groups.splice(0, groups.length, ...rest, ...pages.map((page) => [page]));
    },
    // The bench's trivial page (`npm run bench`, the popup's first paint) is built for e2e only: it never ships.
    'entrypoints:resolved': (wxt, entrypoints) => {
      const baseline = entrypoints.findIndex((entrypoint) => entrypoint.name === 'paintBaseline');
      if (wxt.config.mode !== 'e2e' && baseline >= 0) entrypoints.splice(baseline, 1);
    },
    // One privacy policy: the repository's PRIVACY.md, shipped in the package for the options page's link.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve(import.meta.dirname, 'PRIVACY.md'), relativeDest: 'privacy.txt' });
    },
  },
});
