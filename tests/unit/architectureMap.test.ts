import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
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
});
