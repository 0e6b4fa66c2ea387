import { timeoutOption } from '../../machines/shared/delays.ts';
import type { SessionCore } from '../shared/createSessionCore.ts';
import { defined } from '../shared/defined.ts';
import { checkSubject, NatsError } from './natsError.ts';
import type { NatsLink } from './natsLink.ts';
import type { NatsSession, NatsSessionEvents, NatsStatus } from './natsSessionTypes.ts';
import type { RequestMux } from './requestMux.ts';
import type { SubscriptionRegistry } from './subscriptionRegistry.ts';

/**
 * The messaging methods of a session: `subscribe`, `publish` (see `createPublish`), `request` (on
 * the session's one inbox subscription, as nats.js does) and `drain`, which refuses new
 * subscriptions and requests while it runs.
 */
export function natsMessagingApi(
  core: SessionCore<NatsStatus, NatsSessionEvents>,
  link: NatsLink,
  subs: SubscriptionRegistry,
  mux: RequestMux,
  publish: NatsSession['publish'],
): Pick<NatsSession, 'subscribe' | 'publish' | 'request' | 'drain'> {
  let draining = false;
  function refuseWhileDraining(what: string): void {
    if (draining) throw new NatsError('draining', `The session is draining; no new ${what} are accepted.`);
  }
  return {
    subscribe(subject, sub = {}) {
      core.assertLive('subscribe');
      checkSubject(subject);
      if (sub.queue !== undefined) checkSubject(sub.queue, 'queue group');
      refuseWhileDraining('subscriptions');
      return subs.add(subject, sub);
    },
    publish,
    async request(subject, data, req = {}) {
      core.assertLive('request');
      checkSubject(subject);
      refuseWhileDraining('requests');
      subs.openInbox();
      const { reply, answer, fail } = mux.add(subject, timeoutOption(req.timeout, 5000));
      try {
        if (!publish(subject, data, { reply, ...defined({ headers: req.headers }) })) {
          fail(new NatsError('disconnected', `Not connected: the request to ${subject} was not sent.`));
        }
      } catch (error) {
        // A full reconnect buffer or a bad header: the request fails with it, its timer goes too.
        fail(error as NatsError);
      }
      return answer;
    },
    async drain() {
      core.assertLive('drain');
      draining = true;
      for (const entry of subs.entries()) entry.unsubscribe();
      await link.flush();
      mux.failAll(new NatsError('draining', 'The session drained before the reply arrived.'));
      subs.dropInbox();
      core.disconnect();
      draining = false;
    },
  };
}
