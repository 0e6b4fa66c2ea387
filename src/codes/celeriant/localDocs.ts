import type { CodeDoc } from '../types.ts';

const source = 'spec celeriant.md §3.2';
const serverRow = "Read the server code's remediation: explain(verdict).";

/** Message, description, remediation and source of each rule in localRules.ts, keyed by rule id. */
export const celeriantLocalDocs: Readonly<Record<string, CodeDoc>> = {
  'celeriant.watch.eof': {
    message: 'watch stream ended',
    description:
      'A watch stream closed or failed to open with no ErrorResponse; it resubscribes and re-reads.',
    remediation: 'If it repeats, check the node and the network path to it.',
    source,
  },
  'celeriant.watch.liveness': {
    message: 'watch silent',
    description: 'No frame (not even the 5 s heartbeat) within watchLivenessTimeout; the watch resubscribes.',
    remediation: 'Check the network path; raise watchLivenessTimeout on slow links.',
    source: 'spec celeriant.md §3.1',
  },
  'celeriant.watch.api-key': {
    message: 'apiKey callback failed',
    description: 'The apiKey callback threw while a watch was opening; the watch tries again.',
    remediation: 'Make the apiKey callback return a key.',
    source: 'spec celeriant.md §1.7',
  },
  'celeriant.watch.reprobe': {
    message: 'shard layout changed',
    description:
      'A per-shard watch got 9001 or 9002; the watch probes the shard layout again after a backoff.',
    remediation: 'If it repeats, check that the cluster routing rule is stable.',
    source: 'spec celeriant.md §3.4',
  },
  'celeriant.watch.server-error': {
    message: 'server error on a watch',
    description:
      'An ErrorResponse on a watch whose row is about another scope and not final; the watch resubscribes.',
    remediation: serverRow,
    source,
  },
  'celeriant.watch.server-credentials': {
    message: 'watch credentials refused',
    description:
      'An ErrorResponse on a watch that asks for new credentials; the watch resubscribes with a fresh key.',
    remediation: 'Make the apiKey callback return a valid key.',
    source,
  },
  'celeriant.watch.server-fail': {
    message: 'server error ends the watch',
    description: 'An ErrorResponse on a watch whose row is final (close or fail); the watch ends.',
    remediation: serverRow,
    source,
  },
  'celeriant.watch.server-fail-credentials': {
    message: 'watch credentials rejected',
    description: 'A final ErrorResponse on a watch that also discards the key; the watch ends.',
    remediation: 'Issue a valid API key, then open a new watch.',
    source,
  },
  'celeriant.request.server-fail': {
    message: 'server error a request cannot wait out',
    description:
      'An ErrorResponse whose row is about another scope (e.g. 9001 on a write: the keys span shards); the operation fails.',
    remediation: serverRow,
    source: 'spec celeriant.md §4.2',
  },
};
