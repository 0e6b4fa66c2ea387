import type { CodeEntry } from '../types.ts';
import { celeriantRow } from './celeriantRow.ts';

/** Celeriant existence-check / aggregate-details errors (7xxx). The connection stays open. */
export const existsRows: readonly CodeEntry[] = [
  celeriantRow({
    code: 7000,
    name: 'ExistsCacheError',
    message: 'Internal cache error during an existence check.',
    description: 'A server-internal cache fault while answering AggregateDetails.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: 'Report it to the operator and ask again later.',
    actionClass: 'INT',
    connection: 'stays-open',
  }),
  celeriantRow({
    code: 7001,
    name: 'ExistsAggregateNotExists',
    message: 'The aggregate does not exist.',
    description: 'AggregateDetails found no such aggregate; this is an answer, not a fault.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: 'Treat the aggregate as absent, or check the org, type and aggregate ids.',
    actionClass: 'NF',
    connection: 'stays-open',
    detailShape: '{}',
  }),
  celeriantRow({
    code: 7002,
    name: 'ExistsMetablockReadError',
    message: 'Failed to read metadata blocks for the existence check.',
    description: 'A server-side disk read failed while answering AggregateDetails.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: "Report it to the operator and check the server's disk; ask again later.",
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: '{"detail":"…"}',
  }),
];
