import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const RELEASES = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/releases.json'), 'utf8')) as {
  previous: { version: string; commit: string };
};

/** The release staff run today, which this build must update in place. */
export const PREVIOUS_RELEASE = RELEASES.previous;

/**
 * The previous release's e2e build (its manifest key gives it this build's extension id), made
 * from its commit in this repository's history: `git archive` of that commit, this checkout's
 * `node_modules`, `wxt build`. Built once per machine and kept in `.tmp/releases/`.
 */
export function previousReleaseBuild(): string {
  const home = join(ROOT, '.tmp/releases', PREVIOUS_RELEASE.version);
  const built = join(home, 'src/.output/chrome-mv3-e2e');
  if (existsSync(join(built, 'manifest.json'))) return built;
  rmSync(home, { recursive: true, force: true });
  mkdirSync(join(home, 'src'), { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', PREVIOUS_RELEASE.commit], {
    cwd: ROOT,
    maxBuffer: 256 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', join(home, 'src')], { input: archive });
  symlinkSync(join(ROOT, 'node_modules'), join(home, 'src/node_modules'), 'dir');
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], {
    cwd: join(home, 'src'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return built;
}

/**
 * Puts a build into the folder the browser loads the extension from, as a store update
 * replaces the files. Chromium would keep running the worker script it registered from the
 * old files: its registration is dropped, as an installed update leaves it (storage stays).
 */
export function installBuild(build: string, extensionDir: string, profileDir?: string): void {
  rmSync(extensionDir, { recursive: true, force: true });
  cpSync(build, extensionDir, { recursive: true });
  if (profileDir) rmSync(join(profileDir, 'Default/Service Worker'), { recursive: true, force: true });
}
