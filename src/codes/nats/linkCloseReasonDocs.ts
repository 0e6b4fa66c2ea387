import type { CodeDoc } from '../types.ts';
import { NATS_SOURCES } from './natsSources.ts';

const LINKS_ONLY =
  'Fix the route, gateway or leaf node configuration named in the server log; client connections never close this way.';
const RETRY = 'Let the session reconnect with backoff; check the server log if it repeats.';
const source = NATS_SOURCES.serverSeed;

/** Message, description, remediation and source of each rule in linkCloseReasonRules.ts, keyed by rule id. */
export const linkCloseReasonDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.close-reason.duplicate-route': {
    message: 'Duplicate Route',
    description: 'A route to the same server already existed.',
    remediation: LINKS_ONLY,
    source,
  },
  'nats.close-reason.route-removed': {
    message: 'Route Removed',
    description: 'The route was removed from the configuration.',
    remediation: LINKS_ONLY,
    source,
  },
  'nats.close-reason.wrong-gateway': {
    message: 'Wrong Gateway',
    description: 'A gateway asked for another gateway name.',
    remediation: LINKS_ONLY,
    source,
  },
  'nats.close-reason.missing-account': {
    message: 'Missing Account',
    description: 'A route or leaf node named an account this server does not have.',
    remediation: LINKS_ONLY,
    source,
  },
  'nats.close-reason.internal-client': {
    message: 'Internal Client',
    description: 'A server-internal client closed; it is not a network connection.',
    remediation: RETRY,
    source,
  },
  'nats.close-reason.cluster-name-conflict': {
    message: 'Cluster Name Conflict',
    description: 'A remote server has a different cluster name.',
    remediation: LINKS_ONLY,
    source,
  },
  'nats.close-reason.duplicate-remote-leafnode-connection': {
    message: 'Duplicate Remote LeafNode Connection',
    description: 'A leaf node connected twice for the same remote.',
    remediation: LINKS_ONLY,
    source,
  },
  'nats.close-reason.duplicate-server-name': {
    message: 'Duplicate Server Name',
    description: 'Another server in the cluster uses the same server name.',
    remediation: LINKS_ONLY,
    source,
  },
  'nats.close-reason.minimum-version-required': {
    message: 'Minimum Version Required',
    description: 'A leaf node is older than the minimum version the hub requires.',
    remediation: LINKS_ONLY,
    source,
  },
  'nats.close-reason.cluster-names-identical': {
    message: 'Cluster Names Identical',
    description: 'A leaf node cluster has the same name as the hub cluster.',
    remediation: LINKS_ONLY,
    source,
  },
};
