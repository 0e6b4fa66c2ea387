import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every `.ts` file under `dir` (relative to the repository root), with its text, comments removed. */
export function sourcesUnder(...dirs: string[]): { path: string; text: string }[] {
  const root = process.cwd();
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
    );
  return dirs
    .flatMap((dir) => walk(join(root, dir)))
    .map((file) => ({ path: relative(root, file), text: withoutComments(readFileSync(file, 'utf8')) }));
}

/**
 * Source text without comments, so prose about verdicts does not count. Naive about comment
 * markers inside strings, which is enough here: the scanned code has no `//` or slash-star in strings
 * other than URLs, and a URL only loses its tail.
 */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}
