import type { CodeDoc } from '../types.ts';
import { SEED_SOURCE } from './celeriantSources.ts';

const source = SEED_SOURCE;

/** Message, description, remediation and source of each rule in readRules.ts, keyed by rule id. */
export const readDocs: Readonly<Record<string, CodeDoc>> = {
  'celeriant.1000': {
    message: 'The requested batch index is below the start of the stream, usually because it was trimmed.',
    description:
      'History below minimum_available was trimmed, so a read from this cursor can never succeed. The server constant is now READ_UNAVAILABLE_VERSION.',
    remediation:
      'Restart the cursor at minimum_available from the details. Rebuild the projection from a snapshot if it needs the trimmed history.',
    source,
  },
  'celeriant.1001': {
    message: 'No such aggregate to read.',
    description: 'The aggregate does not exist; this is a data state, not a transport fault.',
    remediation: 'Check the org, type and aggregate ids, or create the aggregate with a write first.',
    source,
  },
  'celeriant.1002': {
    message: "The aggregate's cache load contended with another loader and timed out. Retry.",
    description:
      'A transient contention on the aggregate cache; the same read succeeds once the other loader is done.',
    remediation: 'Retry the read after a short backoff.',
    source,
  },
  'celeriant.1003': {
    message: 'A file-scan error during cache load; check disk and --data-root.',
    description:
      'A server-side disk fault while loading the aggregate; the client cannot fix it by retrying.',
    remediation: "Report it to the operator: check the server's disk and its --data-root directory.",
    source,
  },
  'celeriant.1004': {
    message: 'Failed to fetch data blocks from disk.',
    description: 'A server-side disk read failed while serving the read.',
    remediation: "Report it to the operator and check the server's disk; retry the read later.",
    source,
  },
  'celeriant.1005': {
    message: 'Failed to fetch metadata blocks from disk.',
    description: 'A server-side disk read of metadata failed while serving the read.',
    remediation: "Report it to the operator and check the server's disk; retry the read later.",
    source,
  },
};
