/**
 * `npm run check`: no import cycle between the extension's modules, nor between its
 * folders (`utils/orders` → `utils/storageItems.ts` → `utils/orders` counts). Folders are the
 * architecture: each may lean on those below it, never on one that leans back on it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE_FOLDERS = ['utils', 'components', 'entrypoints'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  const candidate = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(existsSync);
  return candidate ? relative(ROOT, candidate) : null;
}

/** A module's folder in the architecture: `utils/orders`, `components`, `entrypoints/popup`; top-level utils files stand alone. */
function layerOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : file;
}

/** Tarjan's strongly connected components with more than one member (or a self-loop). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    order.set(node, index);
    low.set(node, index++);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!));
    }
    if (low.get(node) !== order.get(node)) return;
    const component: string[] = [];
    let member: string;
    do component.push((member = stack.pop()!));
    while (member !== node);
    if (component.length > 1 || graph.get(node)?.has(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return found;
}

const files = new Map<string, Set<string>>();
const layers = new Map<string, Set<string>>();
for (const file of SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)))) {
  const name = relative(ROOT, file);
  const imports = ts
    .preProcessFile(readFileSync(file, 'utf8'), true, true)
    .importedFiles.flatMap(({ fileName }) => resolveImport(file, fileName) ?? []);
  files.set(name, new Set(imports));
  const layer = layerOf(name);
  const layerImports = layers.get(layer) ?? new Set<string>();
  for (const imported of imports) if (layerOf(imported) !== layer) layerImports.add(layerOf(imported));
  layers.set(layer, layerImports);
}

const problems = [
  ...cycles(files).map((cycle) => `module cycle: ${cycle.join(' ↔ ')}`),
  ...cycles(layers).map((cycle) => `folder cycle: ${cycle.join(' ↔ ')}`),
];
for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exit(1);
console.log(`No import cycles among ${files.size} modules in ${layers.size} folders.`);
