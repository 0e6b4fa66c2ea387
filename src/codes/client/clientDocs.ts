import type { CodeDoc } from '../types.ts';

const source = 'src/machines (DESIGN.md, Machines)';

/** Message, description, remediation and source of each rule in clientRules.ts, keyed by rule id. */
export const clientDocs: Readonly<Record<string, CodeDoc>> = {
  transport: {
    message: 'the socket failed or closed',
    description:
      'The transport reported an error or a close with no server verdict (the reason says which). A connection backs off and reconnects; a request in flight is retried (request/retry).',
    remediation: 'Nothing to do if it recovers; if it repeats, check the server address and the network.',
    source,
  },
  'connect-timeout': {
    message: 'connect timed out',
    description:
      'No handshake completed within connectTimeout; the session drops the attempt, backs off and tries again (the next seed first, when it follows a redirect).',
    remediation: 'Check that the server is reachable; raise connectTimeout on slow links.',
    source,
  },
  liveness: {
    message: 'no frame within the liveness timeout',
    description:
      "The server's pings stopped arriving for longer than the liveness timeout, so the connection is treated as dead and reconnected.",
    remediation: 'Check the network path and any proxy idle timeouts; raise the liveness timeout if needed.',
    source,
  },
  'browser.offline': {
    message: 'offline',
    description:
      'The browser fired `offline`; the session drops the socket now instead of waiting for it to time out, and connects again on `online`.',
    remediation: 'Nothing to do; the session reconnects when the browser is online again.',
    source,
  },
  'browser.pagehide': {
    message: 'pagehide',
    description:
      'The page entered the back/forward cache (`pagehide` with persisted); the session drops the socket and connects again on `pageshow`.',
    remediation: 'Nothing to do; the session reconnects when the page is shown again.',
    source,
  },
  disconnect: {
    message: 'disconnect called',
    description: 'The app called disconnect(); the connection goes back to idle and stays there.',
    remediation: 'Call connect() to connect again.',
    source,
  },
  'connection.down': {
    message: 'connection lost',
    description:
      'The connection dropped, so every subscription goes back to subscribing and is resubscribed (with its position) once the connection is back.',
    remediation: "Nothing to do; look at the connection's last verdict for why it dropped.",
    source,
  },
  unsubscribe: {
    message: 'unsubscribe called',
    description: 'The app called unsubscribe(); the subscription ends.',
    remediation: 'Call subscribe() again to receive messages from the channel.',
    source,
  },
  deadline: {
    message: 'deadline passed',
    description: 'The request did not finish before its deadline; it fails and is not retried.',
    remediation: 'Raise the deadline, or find out why the server is slow to answer.',
    source,
  },
  cancel: {
    message: 'cancelled',
    description: 'The request was cancelled (the app or a closing session stopped it); it is not retried.',
    remediation: 'Nothing to do, unless the request should have been kept: then send it again.',
    source,
  },
};
