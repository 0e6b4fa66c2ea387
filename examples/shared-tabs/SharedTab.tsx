import { useEffect, useState } from 'react';
import { useConnectionBanner, useSubscription } from '../../src/react/index.ts';
import type { SharedCentrifugoSession } from '../../src/share/index.ts';

/** Props of {@link SharedTab}. */
export interface SharedTabProps {
  session: SharedCentrifugoSession;
  channel: string;
}

/**
 * One tab of the example: its role (`leader` holds the WebSocket, `follower` mirrors it), the shared
 * connection's banner, the channel's state, every publication this tab received, and a button that
 * publishes from this tab (through the leader when this tab follows).
 */
export function SharedTab({ session, channel }: SharedTabProps) {
  const { status, text, retry } = useConnectionBanner(session);
  const { status: subscription } = useSubscription(session, channel);
  const [publications, setPublications] = useState<string[]>([]);
  const [published, setPublished] = useState('');
  useEffect(
    () =>
      session
        .subscribe(channel)
        .on('publication', (p) =>
          setPublications((list) => [...list, `${p.offset ?? '-'} ${JSON.stringify(p.data)}`]),
        ),
    [session, channel],
  );
  const publish = () => {
    setPublished('publishing…');
    session.publish(channel, { from: status.role, at: new Date().toISOString() }).then(
      () => setPublished('published'),
      (error: Error) => setPublished(`failed: ${error.message}`),
    );
  };
  return (
    <>
      <div id="banner" role="status" aria-live="polite" data-state={status.state}>
        <span id="role" data-role={status.role}>
          {status.role}
        </span>
        <span id="message">{text}</span>
        {retry && (
          <button id="retry" type="button" onClick={retry}>
            Retry now
          </button>
        )}
      </div>
      <main>
        <section className="card">
          <strong>Channel</strong> <code>{channel}</code>:{' '}
          <span id="subscription" data-state={subscription.state}>
            {subscription.state}
          </span>
          <ul id="publications">
            {publications.map((line, index) => (
              // The list only grows: the index is a stable key.
              // biome-ignore lint/suspicious/noArrayIndexKey: append-only list
              <li key={index}>{line}</li>
            ))}
          </ul>
          <button id="publish" type="button" onClick={publish}>
            Publish from this tab
          </button>{' '}
          <span id="published" className="muted">
            {published}
          </span>
        </section>
        <p className="muted">
          Open this page in three tabs: one is the leader and holds the only WebSocket; close it and another
          tab takes over within a second or two, resubscribing from the last offset.
        </p>
      </main>
    </>
  );
}
