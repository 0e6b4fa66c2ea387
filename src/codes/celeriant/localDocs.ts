import type { CodeDoc } from '../types.ts';

const source = 'spec celeriant.md §3.2, §3.3';

/** Message, description, remediation and source of each rule in localRules.ts, keyed by rule id. */
export const celeriantLocalDocs: Readonly<Record<string, CodeDoc>> = {
  'celeriant.watch.eof': {
    message: 'watch stream ended',
    description:
      'A watch connection closed or could not be opened without an ErrorResponse (EOF, slow consumer, node death). The watch subscribes again after a backoff and re-reads from its cursor.',
    remediation: 'Nothing to do if it recovers; if it repeats, check the node and the network path to it.',
    source,
  },
  'celeriant.watch.liveness': {
    message: 'no frame within the watch liveness timeout',
    description:
      'The server sends an empty heartbeat about every 5 s; nothing arrived within watchLivenessTimeout, so the stream is treated as lost and the watch subscribes again.',
    remediation:
      'Check the network path to the node; raise watchLivenessTimeout if the link is slow but healthy.',
    source: 'spec celeriant.md §3.1',
  },
  'celeriant.watch.api-key': {
    message: 'the apiKey callback failed',
    description:
      'The apiKey callback threw or rejected while a watch was (re)opening; the watch tries again after a backoff.',
    remediation: 'Make the apiKey callback return a key, or fix what it depends on.',
    source: 'spec celeriant.md §1.7',
  },
  'celeriant.watch.reprobe': {
    message: 'fan-out answer to a per-shard watch',
    description:
      'A per-shard watch got 9001 or 9002 again, so the shard layout changed; the watch probes the layout again after a backoff.',
    remediation: 'Nothing to do; if it repeats, check that the cluster routing rule is stable.',
    source: 'spec celeriant.md §3.4',
  },
  'celeriant.watch.server-error': {
    message: 'a server error that is not about the watch',
    description:
      "An ErrorResponse on a watch whose row speaks of another part of the session (e.g. a connection or request error that may pass). The watch subscribes again after a backoff; the server's row stays on the verdict.",
    remediation: "Read the remediation of the server's code (explain(verdict)).",
    source,
  },
  'celeriant.watch.server-credentials': {
    message: 'the server refused the credentials of a watch',
    description:
      'An ErrorResponse on a watch that asks for fresh credentials; the watch fetches a new API key and subscribes again.',
    remediation: 'Make sure the apiKey callback returns a valid key for this node.',
    source,
  },
  'celeriant.watch.server-fail': {
    message: 'a server error that ends the watch',
    description:
      "An ErrorResponse on a watch whose row is terminal (close or fail); the watch ends and does not subscribe again. The server's row stays on the verdict.",
    remediation:
      "Read the remediation of the server's code (explain(verdict)), fix it, then open a new watch.",
    source,
  },
  'celeriant.watch.server-fail-credentials': {
    message: 'the server rejected the credentials of a watch for good',
    description:
      'An ErrorResponse on a watch that is terminal and also discards the credentials (e.g. a revoked key); the watch ends.',
    remediation: 'Issue a valid API key, then open a new watch.',
    source,
  },
  'celeriant.request.server-fail': {
    message: 'a server error a request cannot wait out',
    description:
      "An ErrorResponse to an operation whose row speaks of another scope or action (e.g. 9001 fan-out on a write: the keys span shards, so retrying fails forever). The operation fails; the server's row stays on the verdict.",
    remediation: "Read the remediation of the server's code (explain(verdict)) and change the operation.",
    source: 'spec celeriant.md §4.2',
  },
};
