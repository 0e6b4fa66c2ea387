import type { CodeEntry } from '../types.ts';
import { celeriantRow } from './celeriantRow.ts';

/** Celeriant read errors (1xxx). The connection stays open after each. */
export const readRows: readonly CodeEntry[] = [
  celeriantRow({
    code: 1000,
    name: 'UnavailableBatchIndex',
    message: 'The requested batch index is below the start of the stream, usually because it was trimmed.',
    description:
      'History below minimum_available was trimmed, so a read from this cursor can never succeed. The server constant is now READ_UNAVAILABLE_VERSION.',
    verdict: { scope: 'request', action: 'fail' },
    remediation:
      'Restart the cursor at minimum_available from the details. Rebuild the projection from a snapshot if it needs the trimmed history.',
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{"requested":N,"minimum_available":N}',
  }),
  celeriantRow({
    code: 1001,
    name: 'AggregateNotExists',
    message: 'No such aggregate to read.',
    description: 'The aggregate does not exist; this is a data state, not a transport fault.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: 'Check the org, type and aggregate ids, or create the aggregate with a write first.',
    actionClass: 'NF',
    connection: 'stays-open',
    detailShape: '{}',
  }),
  celeriantRow({
    code: 1002,
    name: 'CacheLoadLockTimeout',
    message: "The aggregate's cache load contended with another loader and timed out. Retry.",
    description:
      'A transient contention on the aggregate cache; the same read succeeds once the other loader is done.',
    verdict: { scope: 'request', action: 'retry' },
    remediation: 'Retry the read after a short backoff.',
    actionClass: 'BO',
    connection: 'stays-open',
  }),
  celeriantRow({
    code: 1003,
    name: 'CacheLoadFileScan',
    message: 'A file-scan error during cache load; check disk and --data-root.',
    description:
      'A server-side disk fault while loading the aggregate; the client cannot fix it by retrying.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: "Report it to the operator: check the server's disk and its --data-root directory.",
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: '{"detail":"…"}',
  }),
  celeriantRow({
    code: 1004,
    name: 'FetchDatablocks',
    message: 'Failed to fetch data blocks from disk.',
    description: 'A server-side disk read failed while serving the read.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: "Report it to the operator and check the server's disk; retry the read later.",
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: '{"detail":"…"}',
  }),
  celeriantRow({
    code: 1005,
    name: 'FetchMetablocks',
    message: 'Failed to fetch metadata blocks from disk.',
    description: 'A server-side disk read of metadata failed while serving the read.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: "Report it to the operator and check the server's disk; retry the read later.",
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: '{"detail":"…"}',
  }),
];
