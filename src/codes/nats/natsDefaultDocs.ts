import type { CodeDoc } from '../types.ts';

/** Message, description, remediation and source of each rule in natsDefaultRules.ts, keyed by rule id. */
export const natsDefaultDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.err.default': {
    message: '-ERR with a text no row names',
    description:
      'An -ERR no row names. nats.js turns it into a ProtocolError; the server closes the socket after fatal errors, so the session reconnects (spec nats.md §2.1, §10).',
    remediation: 'Let the session reconnect; report the -ERR text so it can get its own row.',
    source: 'spec nats.md §2.1',
  },
  'nats.close-reason.default': {
    message: 'A close reason no row names',
    description:
      'A close reason no row names (a newer server). The socket is gone, so the session reconnects.',
    remediation:
      'Let the session reconnect; check the server version and its release notes for the new reason.',
    source: 'spec nats.md §4.1',
  },
  'nats.client-error.default': {
    message: 'An error class no row names',
    description: 'An error class no row names; the session reports it and changes nothing.',
    remediation: 'Handle the error where it was thrown, or add an override for its class name.',
    source: 'spec nats.md §6',
  },
};
