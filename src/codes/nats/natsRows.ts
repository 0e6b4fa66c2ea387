import type { CodeEntry } from '../types.ts';

/** Every NATS row. Filled in by the catalog work. */
export const natsRows: readonly CodeEntry[] = [];
