import type { CodeEntry } from '../types.ts';
import { serverErrRow } from './natsRow.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

const FIX_MAPPING =
  'Fix the subject mapping in the server or account configuration; the server log names the mapping.';
const MAPPING_NOTE =
  ' This is a configuration error the server reports when it loads a subject mapping; clients do not receive it.';
const SUBJECT_RULES =
  'Subscribe to subjects without spaces or empty tokens, with wildcards only as whole tokens.';

/** A subject-mapping error: configuration only, so the session ignores it. */
function mappingRow(text: string, constant: string, description: string): CodeEntry {
  return serverErrRow(text, constant, V.ignore, description + MAPPING_NOTE, FIX_MAPPING);
}

/**
 * Subject and publishing errors (seed 000, "Subject and Publishing Errors"). The server keeps
 * the connection after the ones clients receive: only the subscription or message is refused.
 * Mapping errors are configuration only.
 */
export const subjectErrorRows: readonly CodeEntry[] = [
  serverErrRow(
    'Invalid publish subject',
    'ErrBadPublishSubject',
    V.fail,
    'The subject of a PUB is not a valid publish subject (empty, wildcards or bad tokens). The message is dropped; the connection stays up.',
    'Publish to a literal subject without wildcards, spaces or empty tokens.',
    { wire: true, message: 'Invalid Publish Subject' },
  ),
  serverErrRow(
    'Invalid subject',
    'ErrBadSubject',
    V.unsubscribe,
    'The subject of a SUB is not valid; the server does not register the subscription and keeps the connection.',
    SUBJECT_RULES,
    { wire: true, message: 'Invalid Subject' },
  ),
  serverErrRow(
    'Invalid Subscription',
    'Invalid Subscription',
    V.unsubscribe,
    'Documented: the subscription request is invalid, so the server does not register it.',
    'Check the subject and queue group of the subscription.',
  ),
  serverErrRow(
    'Malformed subject',
    'ErrMalformedSubject',
    V.unsubscribe,
    'A subscription was made with a subject that does not conform to the subject rules.',
    SUBJECT_RULES,
  ),
  serverErrRow(
    'Subject has exceeded number of tokens limit',
    'ErrTooManySubTokens',
    V.unsubscribe,
    'A subscription subject has more tokens than the server allows.',
    'Use subjects with fewer dot-separated tokens.',
  ),
  serverErrRow(
    'Reserved internal subject',
    'ErrReservedPublishSubject',
    V.fail,
    'The client published to a subject reserved for the server, such as _SYS.>.',
    'Publish outside the reserved _SYS and $SYS subjects.',
  ),
  serverErrRow(
    'Reserved account',
    'ErrReservedAccount',
    V.ignore,
    'The configuration tried to create an account with a reserved name. Clients do not receive it.',
    'Rename the account in the server configuration.',
  ),
  mappingRow('Bad qualifier', 'ErrBadQualifier', 'A transform uses a bad qualifier.'),
  mappingRow(
    'Invalid mapping destination',
    'ErrInvalidMappingDestination',
    'A subject mapping destination is invalid.',
  ),
  mappingRow(
    'Invalid transform',
    'ErrInvalidMappingDestinationSubject',
    'A transform destination mapping is invalid.',
  ),
  mappingRow(
    'Wildcard index out of range',
    'ErrMappingDestinationIndexOutOfRange',
    'A mapping function got a wildcard index that is out of range.',
  ),
  mappingRow(
    'Function argument is invalid or in the wrong format',
    'ErrMappingDestinationInvalidArg',
    'A mapping function got an invalid argument.',
  ),
  mappingRow(
    'Not enough arguments passed to the function',
    'ErrMappingDestinationNotEnoughArgs',
    'A mapping function got too few arguments.',
  ),
  mappingRow(
    'The only mapping function allowed for import transforms is {{Wildcard()}}',
    'ErrMappingDestinationNotSupportedForImport',
    'An import transform uses a mapping function other than Wildcard(), so it cannot be reversed.',
  ),
  mappingRow(
    'Not using all of the token wildcard(s)',
    'ErrMappingDestinationNotUsingAllWildcards',
    'A transform destination does not use all of the token wildcards.',
  ),
  mappingRow(
    'Too many arguments passed to the function',
    'ErrMappingDestinationTooManyArgs',
    'A mapping function got too many arguments.',
  ),
  mappingRow(
    'No matching transforms available',
    'ErrNoTransforms',
    'No subject transform maps this subject.',
  ),
  mappingRow(
    'Unknown function',
    'ErrUnknownMappingDestinationFunction',
    'A mapping destination names an unknown mustache function.',
  ),
];
