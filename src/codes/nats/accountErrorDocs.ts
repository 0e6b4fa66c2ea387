import type { CodeDoc } from '../types.ts';
import { NATS_SOURCES } from './natsSources.ts';

const CONFIG_NOTE = ' An account configuration error the server logs; clients do not receive it.';
const FIX_ACCOUNT =
  'Fix the account definition, its JWT or the account resolver; the server log names the account.';
const source = NATS_SOURCES.serverSeed;

/** Message, description, remediation and source of each rule in accountErrorRules.ts, keyed by rule id. */
export const accountErrorDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.err.account-expired': {
    message: 'Account expired',
    description:
      'The account has expired. Clients receive it as Account Authentication Expired and the connection closes.',
    remediation: 'Renew the account JWT with the operator and push it to the account resolver.',
    source,
  },
  'nats.err.account-missing': {
    message: 'Account missing',
    description:
      'The account named by the credentials does not exist on this server. Clients receive Authorization Violation.',
    remediation:
      'Create the account or point the credentials at an existing one, and make sure every server resolves it.',
    source,
  },
  'nats.err.failed-account-registration': {
    message: 'Failed Account Registration',
    description:
      'Documented: the server failed to register the client with its account and closes the connection.',
    remediation: 'Check the server log for the account error; the session retries with backoff.',
    source,
  },
  'nats.err.account-exists': {
    message: 'Account exists',
    description: `An account was registered that already exists.${CONFIG_NOTE}`,
    remediation: FIX_ACCOUNT,
    source,
  },
  'nats.err.account-resolver-no-new-claims': {
    message: 'Account resolver no new claims',
    description: `The account resolver fetched the same claims again.${CONFIG_NOTE}`,
    remediation: 'Push the updated account JWT before asking the resolver to update.',
    source,
  },
  'nats.err.account-resolver-update-too-soon': {
    message: 'Account resolver update too soon',
    description: `An account update was requested too soon after the last one.${CONFIG_NOTE}`,
    remediation: 'Wait before sending the next account update.',
    source,
  },
  'nats.err.account-validation-failed': {
    message: 'Account validation failed',
    description: `An account failed validation.${CONFIG_NOTE}`,
    remediation: FIX_ACCOUNT,
    source,
  },
  'nats.err.bad-account': {
    message: 'Bad account',
    description: `An account is malformed or incorrect.${CONFIG_NOTE}`,
    remediation: FIX_ACCOUNT,
    source,
  },
  'nats.err.bad-sampling-percentage-should-be-1-100': {
    message: 'Bad sampling percentage, should be 1-100',
    description: `Latency sampling for a service export is outside 1 to 100.${CONFIG_NOTE}`,
    remediation: 'Set the export latency sampling to a percentage from 1 to 100.',
    source,
  },
  'nats.err.bad-service-response-type': {
    message: 'Bad service response type',
    description: `Latency tracking was applied to a service whose responses are not singletons.${CONFIG_NOTE}`,
    remediation: 'Enable latency tracking only on services with singleton responses.',
    source,
  },
  'nats.err.import-forms-a-cycle': {
    message: 'Import forms a cycle',
    description: `An import would form a cycle between accounts.${CONFIG_NOTE}`,
    remediation: 'Remove one of the imports that close the cycle.',
    source,
  },
  'nats.err.service-missing': {
    message: 'Service missing',
    description: `An account imports a service the other account does not export.${CONFIG_NOTE}`,
    remediation: 'Export the service from the account named in the import, or fix the import subject.',
    source,
  },
  'nats.err.account-resolver-missing': {
    message: 'Account resolver missing',
    description: `An account update arrived but the server has no account resolver.${CONFIG_NOTE}`,
    remediation: 'Configure an account resolver on the server.',
    source,
  },
  'nats.err.system-account-not-setup': {
    message: 'System account not setup',
    description: `A publish or subscribe needed the internal system account, which is not defined.${CONFIG_NOTE}`,
    remediation: 'Define a system account in the server configuration.',
    source,
  },
  'nats.err.stream-import-prefix-can-not-contain-wildcard-tokens': {
    message: 'Stream import prefix can not contain wildcard tokens',
    description: `A stream import prefix contains wildcards.${CONFIG_NOTE}`,
    remediation: 'Use a literal prefix for the stream import.',
    source,
  },
  'nats.err.stream-import-already-exists': {
    message: 'Stream import already exists',
    description: `A stream import duplicates one that already exists.${CONFIG_NOTE}`,
    remediation: 'Remove the duplicate stream import.',
    source,
  },
};
