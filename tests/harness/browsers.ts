import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

function isDebianLike(): boolean {
  try {
    return /^ID(_LIKE)?=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/**
 * A browser the tests drive: the one `envVar` names, else Debian's package. Test tools
 * cannot download browsers here, so on Debian/Ubuntu as root it is installed with apt-get;
 * elsewhere this stops with the exact command to run.
 */
function findDebianBrowser({ name, envVar, path, debianPackage }: Record<string, string>): string {
  const configured = process.env[envVar!];
  if (configured) {
    if (!existsSync(configured)) throw new Error(`${envVar} points at ${configured}, which does not exist.`);
    return configured;
  }
  if (existsSync(path!)) return path!;
  if (isDebianLike() && process.getuid?.() === 0) {
    console.log(`${name} is missing; installing it with apt-get (Debian package "${debianPackage}")…`);
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', debianPackage!], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(path!)) return path!;
  }
  throw new Error(
    `No ${name} found. Install it with:\n  sudo apt-get update && sudo apt-get install -y ${debianPackage}\nor point ${envVar} at a ${name} binary.`,
  );
}

export const findChromium = () =>
  findDebianBrowser({
    name: 'Chromium',
    envVar: 'CHROMIUM_PATH',
    path: '/usr/bin/chromium',
    debianPackage: 'chromium',
  });

export const findFirefox = () =>
  findDebianBrowser({
    name: 'Firefox',
    envVar: 'FIREFOX_PATH',
    path: '/usr/bin/firefox-esr',
    debianPackage: 'firefox-esr',
  });
