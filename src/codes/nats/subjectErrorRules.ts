import type { CodeRule } from '../types.ts';
import { serverErrRule } from './natsRule.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/** A subject-mapping error: configuration only, so the session ignores it. */
function mappingRule(text: string, constant: string): CodeRule {
  return serverErrRule(text, constant, V.ignore);
}

/**
 * Subject and publishing errors (seed 000, "Subject and Publishing Errors"). The server keeps
 * the connection after the ones clients receive: only the subscription or message is refused.
 * Mapping errors are configuration only.
 */
export const subjectErrorRules: readonly CodeRule[] = [
  serverErrRule('Invalid publish subject', 'ErrBadPublishSubject', V.fail, { wire: true }),
  serverErrRule('Invalid subject', 'ErrBadSubject', V.unsubscribe, { wire: true }),
  serverErrRule('Invalid Subscription', 'Invalid Subscription', V.unsubscribe),
  serverErrRule('Malformed subject', 'ErrMalformedSubject', V.unsubscribe),
  serverErrRule('Subject has exceeded number of tokens limit', 'ErrTooManySubTokens', V.unsubscribe),
  serverErrRule('Reserved internal subject', 'ErrReservedPublishSubject', V.fail),
  serverErrRule('Reserved account', 'ErrReservedAccount', V.ignore),
  mappingRule('Bad qualifier', 'ErrBadQualifier'),
  mappingRule('Invalid mapping destination', 'ErrInvalidMappingDestination'),
  mappingRule('Invalid transform', 'ErrInvalidMappingDestinationSubject'),
  mappingRule('Wildcard index out of range', 'ErrMappingDestinationIndexOutOfRange'),
  mappingRule('Function argument is invalid or in the wrong format', 'ErrMappingDestinationInvalidArg'),
  mappingRule('Not enough arguments passed to the function', 'ErrMappingDestinationNotEnoughArgs'),
  mappingRule(
    'The only mapping function allowed for import transforms is {{Wildcard()}}',
    'ErrMappingDestinationNotSupportedForImport',
  ),
  mappingRule('Not using all of the token wildcard(s)', 'ErrMappingDestinationNotUsingAllWildcards'),
  mappingRule('Too many arguments passed to the function', 'ErrMappingDestinationTooManyArgs'),
  mappingRule('No matching transforms available', 'ErrNoTransforms'),
  mappingRule('Unknown function', 'ErrUnknownMappingDestinationFunction'),
];
