import type { SubscriptionDriverCommand } from '../../machines/subscription/subscription.types.ts';
import type { CentrifugoDriver } from './CentrifugoDriver.ts';
import { subscribeChannel } from './subscribeChannel.ts';
import { unsubscribeChannel } from './unsubscribeChannel.ts';

/**
 * The driver side of every subscription machine of a session, as one listener for the commands
 * the machines emit: `driver.subscribe` sends a subscribe on the current socket,
 * `driver.unsubscribe` an unsubscribe. One function serves all channels (the command names its
 * channel), so a subscription costs no closure here.
 */
export function createSubscriptionDriver(
  driver: CentrifugoDriver,
): (command: SubscriptionDriverCommand) => void {
  return (command) => {
    const record = driver.channels.get(command.channel);
    if (!record) return;
    if (command.type === 'driver.subscribe')
      void subscribeChannel(driver.context, record, command.freshCredentials);
    else unsubscribeChannel(driver.context, record);
  };
}
