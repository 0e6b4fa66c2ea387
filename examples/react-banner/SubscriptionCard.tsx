import type { CentrifugoSession } from '../../src/protocols/centrifugo/index.ts';
import { useSubscription } from '../../src/react/index.ts';

/** Props of {@link SubscriptionCard}. */
export interface SubscriptionCardProps {
  session: CentrifugoSession;
  channel: string;
}

/**
 * One channel: `useSubscription` (from `codestate/react`) subscribes while the card is mounted
 * (the session hands back the handle main.tsx made) and gives its status and latest publication.
 */
export function SubscriptionCard({ session, channel }: SubscriptionCardProps) {
  const { status, publication } = useSubscription(session, channel);
  return (
    <section className="card">
      <strong>Subscription</strong> <code id="channel">{status.channel}</code>:{' '}
      <span id="subscription" data-state={status.state}>
        {status.state}
      </span>
      <div className="muted">
        Last publication:{' '}
        <span id="publication">{publication === undefined ? 'none yet' : JSON.stringify(publication)}</span>
      </div>
    </section>
  );
}
