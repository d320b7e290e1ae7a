/**
 * `npm run check`: the worker loads only the code it runs, and each page stays small.
 * Reads the built extension (`wxt build` first) and adds up, for the service worker and for
 * every page, the JavaScript it loads: the entry, every chunk it imports statically,
 * transitively, and the larger language's words it imports on demand.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const OUTPUT = resolve(import.meta.dirname, '..', process.argv[2] ?? '.output/chrome-mv3');
const KB = 1024;
/**
 * The goals are 100 KB for the worker and 60 KB for a page. Where one is out of reach the
 * ceiling is the measured size rounded up to the next KB, so any growth fails; docs/ARCHITECTURE.md,
 * "What the worker loads", measures the floor. The worker (a service worker cannot import code
 * on demand) carries both languages' words: 121.3 KB.
 */
const WORKER_BUDGET_BYTES = 122 * KB;
/**
 * The libraries every Preact page needs weigh 44 KB (zod/mini 27, Preact 14, messaging 3) before
 * the page's own code and words; each page is built on its own, into one script (the popup's
 * words included: 67.7 KB).
 */
const PAGE_BUDGET_BYTES: Record<string, number> = {
  'popup.html': 68 * KB,
  'options.html': 76 * KB,
  'diagnostics.html': 109 * KB,
};
const DEFAULT_PAGE_BUDGET_BYTES = 60 * KB;

/** `import … from "./x.js"` and `import "./x.js"`: loaded with the file. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g;
/** `import("./x.js")`: loaded on demand. */
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;
const SCRIPT = /<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]+\.js)"/g;
/** A language's catalog chunk (`popupTextAr-….js`, `diagnosticsTextEn-….js`): a page loads one language's. */
const LANGUAGE_CHUNK = /(Ar|En)-[\w-]+\.js$/;

const located = (from: string, specifier: string) =>
  specifier.startsWith('/') ? join(OUTPUT, specifier) : resolve(dirname(from), specifier);

/** The file and everything it imports statically, each once. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
    const imported = located(file, specifier!);
    if (existsSync(imported)) closure(imported, seen);
  }
  return seen;
}

/**
 * What a context loads: its entries' static closure, plus what it imports on demand. On-demand
 * chunks are languages' catalogs, of which a page loads one: the larger language counts. Any
 * other on-demand chunk counts in full, as if always loaded.
 */
function loaded(entries: string[]): Set<string> {
  const files = new Set<string>();
  for (const entry of entries) closure(entry, files);
  const onDemand = new Map<string, Set<string>>();
  for (const file of files) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(DYNAMIC_IMPORT)) {
      const imported = located(file, specifier!);
      const key = LANGUAGE_CHUNK.exec(imported)?.[1] ?? 'always';
      closure(imported, onDemand.get(key) ?? onDemand.set(key, new Set()).get(key)!);
    }
  }
  const extra = (key: string) => [...(onDemand.get(key) ?? [])].filter((file) => !files.has(file));
  const always = extra('always');
  const language = [extra('Ar'), extra('En')].sort((a, b) => size(new Set(b)) - size(new Set(a)))[0]!;
  return new Set([...files, ...always, ...language]);
}

const size = (files: Set<string>) => [...files].reduce((total, file) => total + statSync(file).size, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (!existsSync(join(OUTPUT, 'manifest.json'))) {
  console.error(`No build at ${relative(process.cwd(), OUTPUT)}: run \`wxt build\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(OUTPUT, 'manifest.json'), 'utf8')) as {
  background?: { service_worker?: string; scripts?: string[] };
};
const workerEntries = [manifest.background?.service_worker ?? [], manifest.background?.scripts ?? []].flat();
const rows: { name: string; bytes: number; budget: number }[] = [];
const worker = loaded(workerEntries.map((entry) => join(OUTPUT, entry)));
rows.push({ name: 'service worker', bytes: size(worker), budget: WORKER_BUDGET_BYTES });
for (const page of readdirSync(OUTPUT).filter((name) => name.endsWith('.html'))) {
  const scripts = [...readFileSync(join(OUTPUT, page), 'utf8').matchAll(SCRIPT)];
  const files = loaded(scripts.map(([, src]) => (src!.startsWith('/') ? join(OUTPUT, src!) : resolve(OUTPUT, src!))));
  rows.push({ name: page, bytes: size(files), budget: PAGE_BUDGET_BYTES[page] ?? DEFAULT_PAGE_BUDGET_BYTES });
}

let over = false;
for (const { name, bytes, budget } of rows) {
  over ||= bytes > budget;
  console.log(`${bytes > budget ? '✗' : '✓'} ${name.padEnd(18)} ${kb(bytes).padStart(9)} of ${kb(budget)}`);
}
if (over) {
  console.error('Over budget: see docs/ARCHITECTURE.md, "What the worker loads".');
  process.exit(1);
}
