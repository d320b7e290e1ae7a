import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_EXTENSION_ID } from './e2eExtensionKey';

/** Where Debian's Chromium reads machine-wide policy; writing it needs root. */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(CHROMIUM_POLICY_DIR, 'khawam-notifier-e2e.json');

export const canWriteChromiumPolicy = () => process.platform === 'linux' && process.getuid?.() === 0;

/** Writes (or rewrites) the e2e extension's managed policy, as an administrator's JSON policy file would. */
export function writeManagedPolicy(policy: Record<string, unknown>): void {
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [E2E_EXTENSION_ID]: policy } } }, null, 2));
}

export function removeManagedPolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}
