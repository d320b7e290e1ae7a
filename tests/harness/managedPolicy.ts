import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FIREFOX_EXTENSION_ID } from '../../utils/platform/firefoxId';
import { POLICY_EXTENSION_ID } from './e2eExtensionKey';

/** Where Debian's Chromium reads machine-wide policy; writing it needs root. */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(CHROMIUM_POLICY_DIR, 'khawam-notifier-e2e.json');

/** Machine-wide policy files need root (CI runs as root). */
export const canWriteChromiumPolicy = () => process.platform === 'linux' && process.getuid?.() === 0;

/** Writes (or rewrites) the policy copy's managed policy (`POLICY_EXTENSION_DIR`), as an administrator's JSON policy file would. */
export function writeManagedPolicy(policy: Record<string, unknown>): void {
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({ '3rdparty': { extensions: { [POLICY_EXTENSION_ID]: policy } } }, null, 2),
  );
}

export function removeManagedPolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}

/** Where Debian's `firefox-esr` reads the enterprise policies (tried: `/etc/firefox-esr/policies` is not read). */
export const FIREFOX_POLICY_FILE = '/etc/firefox/policies/policies.json';

/** Writes Firefox's `policies.json` with the extension's settings, as docs/ADMIN.md shows administrators. */
export function writeFirefoxPolicy(settings: Record<string, unknown>): void {
  mkdirSync(dirname(FIREFOX_POLICY_FILE), { recursive: true });
  const policies = { policies: { '3rdparty': { Extensions: { [FIREFOX_EXTENSION_ID]: settings } } } };
  writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify(policies, null, 2));
}

export function removeFirefoxPolicy(): void {
  rmSync(FIREFOX_POLICY_FILE, { force: true });
}
