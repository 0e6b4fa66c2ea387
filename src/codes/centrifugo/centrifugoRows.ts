import type { CodeEntry } from '../types.ts';

/** Every Centrifugo row (current and legacy numbering). Filled in by the catalog work. */
export const centrifugoRows: readonly CodeEntry[] = [];
