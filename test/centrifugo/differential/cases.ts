import type { PeerScript } from '../peer/index.ts';

/** The families of the differential test (issue 4). */
export type CaseGroup =
  | 'disconnect-push'
  | 'close'
  | 'close-advice'
  | 'unsubscribe'
  | 'connect-error'
  | 'subscribe-error'
  | 'connect-error-static-token'
  | 'subscribe-error-static-token';

/** One scripted situation both clients go through. */
export interface DiffCase {
  name: string;
  group: CaseGroup;
  /** `connection` cases end in reconnect or terminal; `subscription` cases in resubscribe or unsubscribed. */
  level: 'connection' | 'subscription';
  /** The code the server sent. */
  code: number;
  /** Whether the clients get a `getToken` (default true); false gives them a static token instead. */
  getToken?: boolean;
  /** Scripts for the first connection and the one after it. */
  scripts: PeerScript[];
}

/** Close codes a WebSocket server may put on the wire (RFC 6455 §7.4; `ws` refuses the others). */
export function isSendableCloseCode(code: number): boolean {
  return (
    (code >= 1000 && code <= 1014 && code !== 1004 && code !== 1005 && code !== 1006) ||
    (code >= 3000 && code <= 4999)
  );
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const closeWith = (code: number, reason: string): PeerScript[] => [{ steps: [{ close: code, reason }] }, {}];

/** Legacy JSON advice and JSON that is not advice (spec §2b quirks), on a spread of codes. */
const ADVICE_REASONS = [
  '{"reason":"shutdown","reconnect":true}',
  '{"reason":"shutdown","reconnect":false}',
  '{"reason":"invalid token","reconnect":false}',
  '{"reason":"stale","reconnect":true}',
  '123',
  '{"x":1}',
  '"quoted"',
  'null',
];
const ADVICE_CODES = [1000, 1011, 3000, 3001, 3002, 3007, 3012, 3013, 3500, 3502, 4000, 4500, 4999];

/** Every case of the differential run. */
export function allCases(): DiffCase[] {
  const cases: DiffCase[] = [];
  for (const code of range(0, 5000)) {
    cases.push({
      name: `push-disconnect-${code}`,
      group: 'disconnect-push',
      level: 'connection',
      code,
      scripts: [{ steps: [{ send: [{ push: { disconnect: { code, reason: 'scripted' } } }] }] }, {}],
    });
  }
  for (const code of range(0, 5000).filter(isSendableCloseCode)) {
    cases.push({
      name: `close-${code}`,
      group: 'close',
      level: 'connection',
      code,
      scripts: closeWith(code, 'scripted'),
    });
  }
  for (const code of ADVICE_CODES) {
    ADVICE_REASONS.forEach((reason, i) => {
      cases.push({
        name: `close-advice-${code}-${i}`,
        group: 'close-advice',
        level: 'connection',
        code,
        scripts: closeWith(code, reason),
      });
    });
    cases.push({
      name: `close-empty-${code}`,
      group: 'close-advice',
      level: 'connection',
      code,
      scripts: closeWith(code, ''),
    });
  }
  for (const code of range(0, 3000)) {
    cases.push({
      name: `unsubscribe-${code}`,
      group: 'unsubscribe',
      level: 'subscription',
      code,
      scripts: [
        {
          steps: [
            { waitFor: 'subscribe' },
            { send: [{ push: { channel: 'ch', unsubscribe: { code, reason: 'scripted' } } }] },
          ],
        },
      ],
    });
  }
  for (const temporary of [false, true]) {
    for (const code of range(0, 120)) {
      const error = temporary ? { code, message: 'scripted', temporary } : { code, message: 'scripted' };
      cases.push({
        name: `connect-error-${code}${temporary ? '-temporary' : ''}`,
        group: 'connect-error',
        level: 'connection',
        code,
        scripts: [{ connect: { error } }, {}],
      });
      cases.push({
        name: `subscribe-error-${code}${temporary ? '-temporary' : ''}`,
        group: 'subscribe-error',
        level: 'subscription',
        code,
        scripts: [{ subscribe: { ch: { error } } }],
      });
      // The same errors for apps that pass a static token and no getToken (109 then means unauthorized).
      cases.push({
        name: `connect-error-static-${code}${temporary ? '-temporary' : ''}`,
        group: 'connect-error-static-token',
        level: 'connection',
        code,
        getToken: false,
        scripts: [{ connect: { error } }, {}],
      });
      cases.push({
        name: `subscribe-error-static-${code}${temporary ? '-temporary' : ''}`,
        group: 'subscribe-error-static-token',
        level: 'subscription',
        code,
        getToken: false,
        scripts: [{ subscribe: { ch: { error } } }],
      });
    }
  }
  return cases;
}
