import { leanSubscriptionChart } from './subscription.machine.ts';

/**
 * The subscription machine without an invoked driver child: commands are only emitted
 * (`actor.on('driver.subscribe', ...)`). Sessions run it for every subscription through their
 * `SubscriptionTable` (src/protocols/shared/subscriptionTable.ts), which builds it on first use
 * (`leanSubscriptionChart()`, the same object).
 */
export const leanSubscriptionMachine = /* @__PURE__ */ leanSubscriptionChart();
