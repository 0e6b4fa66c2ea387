/**
 * A small NATS service on codestate: answers requests on `svc.echo`, logs `news.>` messages and
 * prints every status transition, so a server restart shows up as
 * connected → reconnecting → connecting → connected with the subscriptions coming back.
 *
 * Run: `npx tsx examples/node-nats-service/index.ts` (see README.md).
 */
import { createNatsSession, type NatsStatus } from '../../src/protocols/nats/index.ts';

const servers = (process.env.NATS_URL ?? 'nats://127.0.0.1:4222').split(',');
const session = createNatsSession({
  servers,
  name: 'node-nats-service',
  maxReconnectAttempts: -1,
  reconnectTimeWait: 1000,
  pingInterval: 10_000,
});

let last = '';
session.on('status', (status: NatsStatus) => {
  const line = describe(status);
  if (line !== last) console.log(`${new Date().toISOString()} ${line}`);
  last = line;
});
session.on('error', ({ text, verdict }) =>
  console.log(`  server said -ERR '${text}' ⇒ ${verdict.action} (${verdict.rule})`),
);

/** One line per status: state, server, why, and when the next attempt is due. */
function describe(s: NatsStatus): string {
  const parts = [`[${s.state}${s.phase ? `.${s.phase}` : ''}]`, s.server ?? ''];
  if (s.lameDuck) parts.push('lame duck: moving');
  // The last verdict explains a drop; once connected again it is history.
  if (s.state !== 'connected' && s.rule) parts.push(`rule=${s.rule}`);
  if (s.state !== 'connected' && s.lastReason) parts.push(`reason="${s.lastReason}"`);
  if (s.nextRetryAt !== null) parts.push(`retry in ${Math.max(0, s.nextRetryAt - Date.now())} ms`);
  return parts.filter(Boolean).join(' ');
}

const echo = session.subscribe('svc.echo', { queue: 'echo-workers' });
echo.on('message', (m) => {
  if (m.reply) session.publish(m.reply, `echo: ${m.text()}`);
});
const news = session.subscribe('news.>');
news.on('message', (m) => console.log(`  news ${m.subject}: ${m.text()}`));
for (const sub of [echo, news])
  sub.on('status', (s) => console.log(`  subscription ${s.channel} → ${s.state}`));

session.connect();

process.on('SIGINT', () => {
  console.log('draining…');
  void session.drain().then(() => process.exit(0));
});
