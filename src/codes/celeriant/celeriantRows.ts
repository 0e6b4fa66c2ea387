import type { CodeEntry } from '../types.ts';

/** Every Celeriant row. Filled in by the catalog work. */
export const celeriantRows: readonly CodeEntry[] = [];
