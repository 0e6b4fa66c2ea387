import { readFileSync, writeFileSync } from 'node:fs';

const BEGIN = '<!-- side-by-side:begin (written by bench/side-by-side.bench.ts) -->';
const END = '<!-- side-by-side:end -->';

/**
 * Puts `section` into BENCHMARKS.md between the side-by-side markers (the bench's own part of the
 * file), or appends it with the markers when they are not there yet. Everything else is left as is.
 */
export function writeBenchmarksSection(section: string, file = 'BENCHMARKS.md'): void {
  const text = readFileSync(file, 'utf8');
  const block = `${BEGIN}\n${section.trim()}\n${END}`;
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${text.slice(0, start)}${block}${text.slice(end + END.length)}`
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
