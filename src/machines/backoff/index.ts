/** Backoff policies: named, swappable, pure given an injected `random`. */
export { type BackoffPolicy, randomUpTo, stepOf } from './backoffPolicy.ts';
export {
  type CentrifugeBackoffOptions,
  centrifugeBackoff,
  createCentrifugeBackoff,
} from './centrifugeBackoff.ts';
export {
  createExponentialBackoff,
  type ExponentialBackoffOptions,
  exponentialBackoff,
} from './exponentialBackoff.ts';
export { fixedBackoff } from './fixedBackoff.ts';
export { createNatsBackoff, type NatsBackoffOptions, natsBackoff } from './natsBackoff.ts';
export { seededRandom } from './seededRandom.ts';
export { createSpreadBackoff, type SpreadBackoffOptions, spreadBackoff } from './spreadBackoff.ts';
