import type { CodeEntry } from '../types.ts';
import { serverErrRow } from './natsRow.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

const CONFIG_NOTE = ' An account configuration error the server logs; clients do not receive it.';
const FIX_ACCOUNT =
  'Fix the account definition, its JWT or the account resolver; the server log names the account.';

/** An account error that only the server sees: the session ignores it. */
function configRow(
  text: string,
  constant: string,
  description: string,
  remediation = FIX_ACCOUNT,
): CodeEntry {
  return serverErrRow(text, constant, V.ignore, description + CONFIG_NOTE, remediation);
}

/**
 * Account errors (seed 000, "Account Errors"). Most are configuration errors of the server or its
 * account resolver; an expired or missing account reaches a client as an auth error.
 */
export const accountErrorRows: readonly CodeEntry[] = [
  serverErrRow(
    'Account expired',
    'ErrAccountExpired',
    V.refreshToken,
    'The account has expired. Clients receive it as Account Authentication Expired and the connection closes.',
    'Renew the account JWT with the operator and push it to the account resolver.',
    { closeReason: 'AuthenticationExpired' },
  ),
  serverErrRow(
    'Account missing',
    'ErrMissingAccount',
    V.refreshToken,
    'The account named by the credentials does not exist on this server. Clients receive Authorization Violation.',
    'Create the account or point the credentials at an existing one, and make sure every server resolves it.',
    { closeReason: 'MissingAccount' },
  ),
  serverErrRow(
    'Failed Account Registration',
    'Failed Account Registration',
    V.reconnect,
    'Documented: the server failed to register the client with its account and closes the connection.',
    'Check the server log for the account error; the session retries with backoff.',
  ),
  configRow('Account exists', 'ErrAccountExists', 'An account was registered that already exists.'),
  configRow(
    'Account resolver no new claims',
    'ErrAccountResolverSameClaims',
    'The account resolver fetched the same claims again.',
    'Push the updated account JWT before asking the resolver to update.',
  ),
  configRow(
    'Account resolver update too soon',
    'ErrAccountResolverUpdateTooSoon',
    'An account update was requested too soon after the last one.',
    'Wait before sending the next account update.',
  ),
  configRow('Account validation failed', 'ErrAccountValidation', 'An account failed validation.'),
  configRow('Bad account', 'ErrBadAccount', 'An account is malformed or incorrect.'),
  configRow(
    'Bad sampling percentage, should be 1-100',
    'ErrBadSampling',
    'Latency sampling for a service export is outside 1 to 100.',
    'Set the export latency sampling to a percentage from 1 to 100.',
  ),
  configRow(
    'Bad service response type',
    'ErrBadServiceType',
    'Latency tracking was applied to a service whose responses are not singletons.',
    'Enable latency tracking only on services with singleton responses.',
  ),
  configRow(
    'Import forms a cycle',
    'ErrImportFormsCycle',
    'An import would form a cycle between accounts.',
    'Remove one of the imports that close the cycle.',
  ),
  configRow(
    'Service missing',
    'ErrMissingService',
    'An account imports a service the other account does not export.',
    'Export the service from the account named in the import, or fix the import subject.',
  ),
  configRow(
    'Account resolver missing',
    'ErrNoAccountResolver',
    'An account update arrived but the server has no account resolver.',
    'Configure an account resolver on the server.',
  ),
  configRow(
    'System account not setup',
    'ErrNoSysAccount',
    'A publish or subscribe needed the internal system account, which is not defined.',
    'Define a system account in the server configuration.',
  ),
  configRow(
    'Stream import prefix can not contain wildcard tokens',
    'ErrStreamImportBadPrefix',
    'A stream import prefix contains wildcards.',
    'Use a literal prefix for the stream import.',
  ),
  configRow(
    'Stream import already exists',
    'ErrStreamImportDuplicate',
    'A stream import duplicates one that already exists.',
    'Remove the duplicate stream import.',
  ),
];
