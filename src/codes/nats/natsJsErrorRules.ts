import type { CodeRule, VerdictSpec } from '../types.ts';
import { type ClientErrorFamily, clientErrRule } from './natsRule.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/** One nats.js v3 class that no nats.py class of seed 003 maps to one-to-one. */
function natsJs(family: ClientErrorFamily, name: string, verdict: VerdictSpec): CodeRule {
  return clientErrRule({
    name,
    family,
    module: family === 'core' ? '@nats-io/nats-core' : '@nats-io/jetstream',
    natsJs: name,
    verdict,
  });
}

/**
 * nats.js v3 error classes a session meets that have no one-to-one nats.py class. With them,
 * every class nats.js names in spec nats.md §6 classifies by its own name.
 */
export const natsJsErrorRules: readonly CodeRule[] = [
  natsJs('core', 'PermissionViolationError', V.unsubscribe),
  natsJs('core', 'UserAuthenticationExpiredError', V.refreshToken),
  natsJs('core', 'ConnectionError', V.close),
  natsJs('core', 'RequestError', V.fail),
  natsJs('core', 'InvalidArgumentError', V.fail),
  natsJs('core', 'InvalidOperationError', V.fail),
  natsJs('jetstream', 'JetStreamStatusError', V.fail),
  natsJs('jetstream', 'JetStreamNotEnabled', V.fail),
  natsJs('jetstream', 'StreamNotFoundError', V.fail),
  natsJs('jetstream', 'ConsumerNotFoundError', V.fail),
  natsJs('jetstream', 'InvalidNameError', V.fail),
];
