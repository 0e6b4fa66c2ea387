import { useSelector } from '@xstate/react';
import { useEffect, useState } from 'react';
import { selectSubscriptionStatus } from '../../src/machines/index.ts';
import type { CentrifugoSubscription } from '../../src/protocols/centrifugo/index.ts';

/** Props of {@link SubscriptionCard}. */
export interface SubscriptionCardProps {
  subscription: CentrifugoSubscription;
}

/**
 * One channel: its state from the subscription's own actor (`selectSubscriptionStatus`) and the
 * last publication. Publications are data, not state, so they come from the handle's event.
 */
export function SubscriptionCard({ subscription }: SubscriptionCardProps) {
  const status = useSelector(subscription.actor, selectSubscriptionStatus);
  const [last, setLast] = useState<unknown>(undefined);
  useEffect(() => subscription.on('publication', (publication) => setLast(publication.data)), [subscription]);
  return (
    <section className="card">
      <strong>Subscription</strong> <code id="channel">{status.channel}</code>:{' '}
      <span id="subscription" data-state={status.state}>
        {status.state}
      </span>
      <div className="muted">
        Last publication:{' '}
        <span id="publication">{last === undefined ? 'none yet' : JSON.stringify(last)}</span>
      </div>
    </section>
  );
}
