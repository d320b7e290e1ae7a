/**
 * `npm run check`: audits what the extension ships (package.json `dependencies`: preact, zod,
 * the messaging library, WXT's browser and storage libraries), not the build tools. Fails on
 * any advisory; offline (or when the registry does not answer) it says that it could not ask
 * and lets the other checks run: a check that fails without a network would be switched off.
 */
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 60_000 });
let report: {
  metadata?: { vulnerabilities?: Record<string, number> };
  message?: string;
  error?: { code?: string; summary?: string };
};
try {
  report = JSON.parse(run.stdout || '{}') as typeof report;
} catch {
  report = {};
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const why =
    report.message ||
    report.error?.summary ||
    report.error?.code ||
    run.error?.message ||
    run.stderr.trim() ||
    'no answer';
  console.warn(`audit of the shipped libraries: could not ask the registry (${why.split('\n')[0]}); not audited`);
  process.exit(0);
}
const found = Object.entries(counts).filter(([level, count]) => level !== 'total' && count > 0);
if (found.length > 0) {
  console.error(`audit of the shipped libraries: ${found.map(([level, count]) => `${count} ${level}`).join(', ')}`);
  console.error('Run `npm audit --omit=dev` for the details.');
  process.exit(1);
}
console.log('audit of the shipped libraries: no known vulnerability');
