/**
 * `npm run release`: the store packages, from the newest CHANGELOG.md entry.
 *
 * Takes the version from the first `## X.Y.Z` heading of CHANGELOG.md, writes it into
 * package.json, and builds and zips: Chrome and Edge (one package serves both), Firefox, and
 * the Firefox sources zip with build instructions for Mozilla's reviewers (SOURCE-BUILD.md).
 * Then it checks that the `wxt submit` secrets are present and prints the command; it never
 * uploads by itself. `--dry-run` builds the zips without touching package.json (CI runs it).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });

/** The secrets `wxt submit` reads, per store (docs/RELEASING.md says where each comes from). */
export const SUBMIT_SECRETS = {
  chrome: ['CHROME_EXTENSION_ID', 'CHROME_CLIENT_ID', 'CHROME_CLIENT_SECRET', 'CHROME_REFRESH_TOKEN'],
  firefox: ['FIREFOX_EXTENSION_ID', 'FIREFOX_JWT_ISSUER', 'FIREFOX_JWT_SECRET'],
  edge: ['EDGE_PRODUCT_ID', 'EDGE_CLIENT_ID', 'EDGE_API_KEY'],
} as const;

const changelog = readFileSync(resolve(ROOT, 'CHANGELOG.md'), 'utf8');
const version = /^## (\d+\.\d+\.\d+)\b/m.exec(changelog)?.[1];
if (!version) {
  console.error('CHANGELOG.md has no `## X.Y.Z` entry: write the release notes first.');
  process.exit(1);
}
const packagePath = resolve(ROOT, 'package.json');
const pkg = JSON.parse(readFileSync(packagePath, 'utf8')) as { version: string };
if (!values['dry-run'] && pkg.version !== version) {
  pkg.version = version;
  writeFileSync(packagePath, `${JSON.stringify(pkg, null, 2)}\n`);
  console.log(`package.json: version ${version}`);
}

const run = (args: string[]) => execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
run(['wxt', 'zip']);
run(['wxt', 'zip', '-b', 'firefox']);
const zips = readdirSync(resolve(ROOT, '.output')).filter((name) => name.endsWith('.zip'));
const find = (pattern: RegExp) => zips.find((name) => pattern.test(name));
const packages = {
  chrome: find(/-chrome\.zip$/),
  firefox: find(/-firefox\.zip$/),
  sources: find(/-sources\.zip$/),
};
for (const [name, zip] of Object.entries(packages)) {
  if (!zip) {
    console.error(`No ${name} zip in .output/`);
    process.exit(1);
  }
  console.log(`${name.padEnd(8)} .output/${zip}`);
}

const missing = Object.values(SUBMIT_SECRETS)
  .flat()
  .filter((name) => !process.env[name]);
console.log(`
Chrome Web Store and Edge Add-ons take the same package. To submit all three for review:
  npx wxt submit --chrome-zip .output/${packages.chrome} --edge-zip .output/${packages.chrome} \\
    --firefox-zip .output/${packages.firefox} --firefox-sources-zip .output/${packages.sources}
${missing.length === 0 ? 'Every store secret is set.' : `Secrets not set here (see docs/RELEASING.md): ${missing.join(', ')}`}`);
