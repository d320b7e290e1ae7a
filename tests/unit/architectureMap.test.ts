import { readdirSync, readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FOLDERS = ['entrypoints', 'components', 'utils', 'server', 'scripts'];

/** Every source module under a folder, as a path from the project root. */
function modules(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? modules(join(folder, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [relative(ROOT, join(ROOT, folder, entry.name))]
        : [],
  );
}

describe('docs/ARCHITECTURE.md', () => {
  it('names every module in its folder map, so a newcomer finds each one', () => {
    const architecture = readFileSync(join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8');
    const map = architecture.slice(architecture.indexOf('## Folders'), architecture.indexOf('Folders depend one way.'));
    const words = new Set(map.match(/[\w.-]+/g));
    const unnamed = FOLDERS.flatMap(modules).filter(
      (path) => !words.has(basename(path).replace(/\.tsx?$/, '')) && !words.has(basename(path)),
    );
    expect(unnamed).toEqual([]);
  });

  it('names an order’s path as files that exist, each importing the one before it or imported by it', () => {
    const architecture = readFileSync(join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8');
    const list = architecture.slice(
      architecture.indexOf("## An order's path"),
      architecture.indexOf("## An order's way"),
    );
    const steps = list
      .split(/\n(?=\d+\. )/)
      .filter((step) => /^\d+\. /.test(step))
      .map((step) =>
        [...step.matchAll(/`((?:utils|components|entrypoints)\/[\w/.]+\.tsx?)`/g)].map((match) => match[1]!),
      );
    expect(steps.length).toBeGreaterThan(10);
    expect(steps.flat().filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
    const unlinked = steps.flatMap((files, step) => {
      const [first, ...used] = files;
      const previous = steps[step - 1] ?? [];
      const broken = used.filter((file) => !linked(first!, file)).map((file) => `${first} – ${file}`);
      if (step > 0 && !previous.some((file) => linked(first!, file))) broken.push(`${previous[0]} – ${first}`);
      return broken;
    });
    expect(unlinked).toEqual([]);
  });
});

/** The project files a module imports (type imports too), as paths from the project root. */
function importsOf(path: string): string[] {
  const source = readFileSync(join(ROOT, path), 'utf8');
  return [...source.matchAll(/from '(\.{1,2}\/[^']+)'/g)].flatMap((match) => {
    const target = relative(ROOT, resolve(ROOT, dirname(path), match[1]!));
    return [`${target}.ts`, `${target}.tsx`, target];
  });
}

const linked = (a: string, b: string) => importsOf(a).includes(b) || importsOf(b).includes(a);
