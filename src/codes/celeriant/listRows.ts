import type { CodeEntry } from '../types.ts';
import { celeriantRow } from './celeriantRow.ts';

/** Celeriant listing errors (5xxx): server-side disk reads. The connection stays open. */
export const listRows: readonly CodeEntry[] = [
  celeriantRow({
    code: 5000,
    name: 'ListOrgsDiskRead',
    message: 'Failed to read the org list from disk.',
    description: 'A server-side disk read failed while listing orgs.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: "Report it to the operator and check the server's disk; list again later.",
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: '{"detail":"…"}',
  }),
  celeriantRow({
    code: 5001,
    name: 'ListAggregateTypesDiskRead',
    message: 'Failed to read the aggregate-type list from disk.',
    description: 'A server-side disk read failed while listing aggregate types.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: "Report it to the operator and check the server's disk; list again later.",
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: '{"detail":"…"}',
  }),
  celeriantRow({
    code: 5002,
    name: 'ListAggregatesDiskRead',
    message: 'Failed to read the aggregate list from disk.',
    description: 'A server-side disk read failed while listing aggregates.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: "Report it to the operator and check the server's disk; list again later.",
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: '{"detail":"…"}',
  }),
];
