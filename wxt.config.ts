import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { E2E_EXTENSION_KEY } from './tests/harness/e2eExtensionKey';

export default defineConfig({
  modules: [],
  // Explicit imports keep every module readable and testable without WXT's globals.
  imports: false,
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    minimum_chrome_version: '116',
    // Administrators configure the extension through managed storage (docs/ADMIN.md).
    storage: { managed_schema: 'managed_schema.json' },
    // The shop API answers CORS for any origin and WebSockets need no host permission,
    // so the extension asks for no host access at install time.
    permissions: ['storage', 'notifications', 'alarms', 'offscreen', 'idle', 'scripting'],
    // Asked for at run time, one dashboard origin at a time, only if the staff member opts in.
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    action: { default_title: '__MSG_extName__' },
    // The e2e build (`wxt build --mode e2e`) starts as if the staff member had granted the local
    // reference dashboard: under automation nobody can answer Chrome's permission prompt. Its
    // fixed id lets the managed-policy specs write a policy for it.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'], key: E2E_EXTENSION_KEY } : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
