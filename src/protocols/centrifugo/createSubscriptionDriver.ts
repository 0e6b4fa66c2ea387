import { fromCallback } from 'xstate';
import type { SubscriptionDriverCommand } from '../../machines/subscription/subscription.types.ts';
import type { CentrifugoDriver } from './CentrifugoDriver.ts';
import { subscribeChannel, unsubscribeChannel } from './subscribeChannel.ts';

/**
 * The `driver` actor of every subscription machine of a session (invoked with `{ channel }`):
 * `driver.subscribe` sends a subscribe on the current socket, `driver.unsubscribe` an unsubscribe.
 * The record's `toMachine` is how replies and pushes reach that subscription's machine.
 */
export function createSubscriptionDriver(driver: CentrifugoDriver) {
  return fromCallback<SubscriptionDriverCommand, { channel: string }>(({ input, sendBack, receive }) => {
    const record = driver.channels.get(input.channel);
    if (!record) return;
    record.toMachine = sendBack;
    receive((command) => {
      if (command.type === 'driver.subscribe')
        void subscribeChannel(driver.context, record, command.freshCredentials);
      else unsubscribeChannel(driver.context, record);
    });
    return () => {
      if (record.toMachine === sendBack) record.toMachine = undefined;
    };
  });
}
