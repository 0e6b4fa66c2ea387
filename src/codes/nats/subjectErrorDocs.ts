import type { CodeDoc } from '../types.ts';
import { NATS_SOURCES } from './natsSources.ts';

const SUBJECT_RULES =
  'Subscribe to subjects without spaces or empty tokens, with wildcards only as whole tokens.';
const MAPPING_NOTE =
  ' This is a configuration error the server reports when it loads a subject mapping; clients do not receive it.';
const FIX_MAPPING =
  'Fix the subject mapping in the server or account configuration; the server log names the mapping.';
const source = NATS_SOURCES.serverSeed;

/** Message, description, remediation and source of each rule in subjectErrorRules.ts, keyed by rule id. */
export const subjectErrorDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.err.invalid-publish-subject': {
    message: 'Invalid Publish Subject',
    description:
      'The subject of a PUB is not a valid publish subject (empty, wildcards or bad tokens). The message is dropped; the connection stays up.',
    remediation: 'Publish to a literal subject without wildcards, spaces or empty tokens.',
    source,
  },
  'nats.err.invalid-subject': {
    message: 'Invalid Subject',
    description:
      'The subject of a SUB is not valid; the server does not register the subscription and keeps the connection.',
    remediation: SUBJECT_RULES,
    source,
  },
  'nats.err.invalid-subscription': {
    message: 'Invalid Subscription',
    description: 'Documented: the subscription request is invalid, so the server does not register it.',
    remediation: 'Check the subject and queue group of the subscription.',
    source,
  },
  'nats.err.malformed-subject': {
    message: 'Malformed subject',
    description: 'A subscription was made with a subject that does not conform to the subject rules.',
    remediation: SUBJECT_RULES,
    source,
  },
  'nats.err.subject-has-exceeded-number-of-tokens-limit': {
    message: 'Subject has exceeded number of tokens limit',
    description: 'A subscription subject has more tokens than the server allows.',
    remediation: 'Use subjects with fewer dot-separated tokens.',
    source,
  },
  'nats.err.reserved-internal-subject': {
    message: 'Reserved internal subject',
    description: 'The client published to a subject reserved for the server, such as _SYS.>.',
    remediation: 'Publish outside the reserved _SYS and $SYS subjects.',
    source,
  },
  'nats.err.reserved-account': {
    message: 'Reserved account',
    description:
      'The configuration tried to create an account with a reserved name. Clients do not receive it.',
    remediation: 'Rename the account in the server configuration.',
    source,
  },
  'nats.err.bad-qualifier': {
    message: 'Bad qualifier',
    description: `A transform uses a bad qualifier.${MAPPING_NOTE}`,
    remediation: FIX_MAPPING,
    source,
  },
  'nats.err.invalid-mapping-destination': {
    message: 'Invalid mapping destination',
    description: `A subject mapping destination is invalid.${MAPPING_NOTE}`,
    remediation: FIX_MAPPING,
    source,
  },
  'nats.err.invalid-transform': {
    message: 'Invalid transform',
    description: `A transform destination mapping is invalid.${MAPPING_NOTE}`,
    remediation: FIX_MAPPING,
    source,
  },
  'nats.err.wildcard-index-out-of-range': {
    message: 'Wildcard index out of range',
    description: `A mapping function got a wildcard index that is out of range.${MAPPING_NOTE}`,
    remediation: FIX_MAPPING,
    source,
  },
  'nats.err.function-argument-is-invalid-or-in-the-wrong-format': {
    message: 'Function argument is invalid or in the wrong format',
    description: `A mapping function got an invalid argument.${MAPPING_NOTE}`,
    remediation: FIX_MAPPING,
    source,
  },
  'nats.err.not-enough-arguments-passed-to-the-function': {
    message: 'Not enough arguments passed to the function',
    description: `A mapping function got too few arguments.${MAPPING_NOTE}`,
    remediation: FIX_MAPPING,
    source,
  },
  'nats.err.the-only-mapping-function-allowed-for-import-transforms-is-wildcard': {
    message: 'The only mapping function allowed for import transforms is {{Wildcard()}}',
    description: `An import transform uses a mapping function other than Wildcard(), so it cannot be reversed.${MAPPING_NOTE}`,
    remediation: FIX_MAPPING,
    source,
  },
  'nats.err.not-using-all-of-the-token-wildcard-s': {
    message: 'Not using all of the token wildcard(s)',
    description: `A transform destination does not use all of the token wildcards.${MAPPING_NOTE}`,
    remediation: FIX_MAPPING,
    source,
  },
  'nats.err.too-many-arguments-passed-to-the-function': {
    message: 'Too many arguments passed to the function',
    description: `A mapping function got too many arguments.${MAPPING_NOTE}`,
    remediation: FIX_MAPPING,
    source,
  },
  'nats.err.no-matching-transforms-available': {
    message: 'No matching transforms available',
    description: `No subject transform maps this subject.${MAPPING_NOTE}`,
    remediation: FIX_MAPPING,
    source,
  },
  'nats.err.unknown-function': {
    message: 'Unknown function',
    description: `A mapping destination names an unknown mustache function.${MAPPING_NOTE}`,
    remediation: FIX_MAPPING,
    source,
  },
};
