import type { CodeDoc } from '../types.ts';
import { SEED_SOURCE } from './celeriantSources.ts';

const source = SEED_SOURCE;

/** Message, description, remediation and source of each rule in listRules.ts, keyed by rule id. */
export const listDocs: Readonly<Record<string, CodeDoc>> = {
  'celeriant.5000': {
    message: 'Failed to read the org list from disk.',
    description: 'A server-side disk read failed while listing orgs.',
    remediation: "Report it to the operator and check the server's disk; list again later.",
    source,
  },
  'celeriant.5001': {
    message: 'Failed to read the aggregate-type list from disk.',
    description: 'A server-side disk read failed while listing aggregate types.',
    remediation: "Report it to the operator and check the server's disk; list again later.",
    source,
  },
  'celeriant.5002': {
    message: 'Failed to read the aggregate list from disk.',
    description: 'A server-side disk read failed while listing aggregates.',
    remediation: "Report it to the operator and check the server's disk; list again later.",
    source,
  },
};
