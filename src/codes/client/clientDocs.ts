import type { CodeDoc } from '../types.ts';

const source = 'DESIGN.md, Machines';
const wait = 'Nothing to do; the session reconnects.';

/** Message, description, remediation and source of each rule in clientRules.ts, keyed by rule id. */
export const clientDocs: Readonly<Record<string, CodeDoc>> = {
  transport: {
    message: 'socket failed',
    description:
      'The socket failed or closed with no server verdict: a connection reconnects; a request is retried (request/retry).',
    remediation: 'If it repeats, check the server address and the network.',
    source,
  },
  'connect-timeout': {
    message: 'connect timed out',
    description: 'No handshake within connectTimeout; the session tries again (the next seed on a redirect).',
    remediation: 'Check that the server is reachable; raise connectTimeout on slow links.',
    source,
  },
  liveness: {
    message: 'connection silent',
    description: 'No frame within the liveness timeout; the connection is treated as dead.',
    remediation: 'Check proxies and idle timeouts on the path; raise the liveness timeout if needed.',
    source,
  },
  'browser.offline': {
    message: 'offline',
    description: 'The browser went offline; the session drops the socket and connects again when online.',
    remediation: wait,
    source,
  },
  'browser.pagehide': {
    message: 'pagehide',
    description: 'The page entered the back/forward cache; the session connects again on pageshow.',
    remediation: wait,
    source,
  },
  disconnect: {
    message: 'disconnect called',
    description: 'The app called disconnect(); the connection stays idle.',
    remediation: 'Call connect() to connect again.',
    source,
  },
  stopped: {
    message: 'session stopped',
    description:
      'The app called stop(); the session is closed for good and every later call fails at once with a typed error that says so.',
    remediation: 'Create a new session; a stopped session cannot be used again.',
    source,
  },
  'connection.down': {
    message: 'connection lost',
    description: 'The connection dropped; the subscription resubscribes when it is back.',
    remediation: "Nothing to do; the connection's last verdict says why it dropped.",
    source,
  },
  unsubscribe: {
    message: 'unsubscribe called',
    description: 'The app called unsubscribe(); the subscription ends.',
    remediation: 'Call subscribe() again to receive messages.',
    source,
  },
  deadline: {
    message: 'deadline passed',
    description: 'The request did not finish before its deadline; it is not retried.',
    remediation: 'Raise the deadline, or find out why the server is slow.',
    source,
  },
  cancel: {
    message: 'cancelled',
    description: 'The app or a closing session cancelled the request.',
    remediation: 'Send the request again if it is still needed.',
    source,
  },
};
