import type { CentrifugoSession } from '../../src/protocols/centrifugo/index.ts';
import { ReconnectBanner } from './ReconnectBanner.tsx';
import { SubscriptionCard } from './SubscriptionCard.tsx';

/** Props of {@link App}. */
export interface AppProps {
  session: CentrifugoSession;
  channel: string;
}

/**
 * The page: the banner on top, the channel below. The session is created outside React and passed
 * in, so StrictMode's double effects cannot open a second connection.
 */
export function App({ session, channel }: AppProps) {
  return (
    <>
      <ReconnectBanner session={session} />
      <main>
        <SubscriptionCard session={session} channel={channel} />
      </main>
    </>
  );
}
