import type { CodeEntry } from '../types.ts';
import { authRows } from './authRows.ts';
import { deleteRows } from './deleteRows.ts';
import { existsRows } from './existsRows.ts';
import { healthRows } from './healthRows.ts';
import { listRows } from './listRows.ts';
import { celeriantDefaultRow, celeriantRangeRows } from './rangeRows.ts';
import { readRows } from './readRows.ts';
import { replicationRows } from './replicationRows.ts';
import { schemaRows } from './schemaRows.ts';
import { shardRoutingRows } from './shardRoutingRows.ts';
import { trimRows } from './trimRows.ts';
import { watchRows } from './watchRows.ts';
import { writeRows } from './writeRows.ts';

/** Every Celeriant code row (the 68 seed codes plus 3006, 4007 and 8005), in code order. */
export const celeriantCodeRows: readonly CodeEntry[] = [
  ...readRows,
  ...writeRows,
  ...schemaRows,
  ...trimRows,
  ...deleteRows,
  ...listRows,
  ...replicationRows,
  ...existsRows,
  ...watchRows,
  ...shardRoutingRows,
  ...authRows,
  ...healthRows,
];

/** Every Celeriant row: the code rows, then the range rules and the default rule. */
export const celeriantRows: readonly CodeEntry[] = [
  ...celeriantCodeRows,
  ...celeriantRangeRows,
  celeriantDefaultRow,
];
