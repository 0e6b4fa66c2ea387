import type { CodeDoc } from '../types.ts';
import { SEED_SOURCE } from './celeriantSources.ts';

/** Message, description, remediation and source of each rule in healthRules.ts, keyed by rule id. */
export const healthDocs: Readonly<Record<string, CodeDoc>> = {
  'celeriant.11000': {
    message:
      "A shard's inter-shard channel is full; the request was not routed. Back off and retry. Persistent values point to an overloaded shard.",
    description: 'Transient overload inside the node; the request did not run, so resending it is safe.',
    remediation:
      'Back off and resend the same request; if it persists, tell the operator the shard is overloaded.',
    source: SEED_SOURCE,
  },
};
