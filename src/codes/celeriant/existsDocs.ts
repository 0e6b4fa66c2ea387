import type { CodeDoc } from '../types.ts';
import { SEED_SOURCE } from './celeriantSources.ts';

const source = SEED_SOURCE;

/** Message, description, remediation and source of each rule in existsRules.ts, keyed by rule id. */
export const existsDocs: Readonly<Record<string, CodeDoc>> = {
  'celeriant.7000': {
    message: 'Internal cache error during an existence check.',
    description: 'A server-internal cache fault while answering AggregateDetails.',
    remediation: 'Report it to the operator and ask again later.',
    source,
  },
  'celeriant.7001': {
    message: 'The aggregate does not exist.',
    description: 'AggregateDetails found no such aggregate; this is an answer, not a fault.',
    remediation: 'Treat the aggregate as absent, or check the org, type and aggregate ids.',
    source,
  },
  'celeriant.7002': {
    message: 'Failed to read metadata blocks for the existence check.',
    description: 'A server-side disk read failed while answering AggregateDetails.',
    remediation: "Report it to the operator and check the server's disk; ask again later.",
    source,
  },
};
