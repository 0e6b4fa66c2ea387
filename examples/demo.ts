// `npm run demo`: a walk through `codestate explain` over a few codes of each protocol.
// The Centrifugo work replaces this with a live session against the embedded scripted peer.
import { classify } from '../src/codes/classify.ts';
import { describeAction } from '../src/codes/describeAction.ts';
import type { Signal } from '../src/codes/types.ts';

const walk: Signal[] = [
  { protocol: 'centrifugo', kind: 'disconnect', code: 3001, reason: 'shutdown' },
  { protocol: 'centrifugo', kind: 'disconnect', code: 3500, reason: 'invalid token' },
  { protocol: 'centrifugo', kind: 'close', code: 1009 },
  { protocol: 'centrifugo', kind: 'unsubscribe', code: 2500, reason: 'insufficient state' },
  { protocol: 'centrifugo-legacy', kind: 'close', code: 3012 },
  { protocol: 'nats', kind: 'err', text: "'Authorization Violation'" },
  { protocol: 'nats', kind: 'err', text: '\'Permissions Violation for Subscription to "secret.>"\'' },
  { protocol: 'celeriant', kind: 'error', code: 2011, message: '{"leader_address":"10.0.0.2:7100"}' },
  { protocol: 'celeriant', kind: 'error', code: 2002 },
];

for (const signal of walk) {
  const v = classify(signal);
  const what = 'code' in signal ? signal.code : 'text' in signal ? signal.text : '';
  console.log(`${signal.protocol} ${signal.kind} ${String(what)}`);
  console.log(`  -> ${v.scope}/${v.action}  (rule ${v.rule})${v.target ? `  target ${v.target}` : ''}`);
  console.log(`     the session ${describeAction('none', v.action)}`);
  if (v.entry) console.log(`     fix: ${v.entry.remediation}`);
}
