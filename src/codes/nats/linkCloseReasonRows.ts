import type { CodeEntry } from '../types.ts';
import { closeReasonRow as reason } from './closeReasonRow.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

const RETRY = 'Let the session reconnect with backoff; check the server log if it repeats.';
const LINKS_ONLY =
  'Fix the route, gateway or leaf node configuration named in the server log; client connections never close this way.';

/**
 * Close reasons of server-to-server links (routes, gateways, leaf nodes) and internal clients
 * (seed 000, "Connection Close Reasons"). Plain client connections are never closed with them;
 * should one arrive, the socket is gone all the same and the session reconnects.
 */
export const linkCloseReasonRows: readonly CodeEntry[] = [
  reason(
    'Duplicate Route',
    'DuplicateRoute',
    V.reconnect,
    'A route to the same server already existed.',
    LINKS_ONLY,
    null,
    false,
  ),
  reason(
    'Route Removed',
    'RouteRemoved',
    V.reconnect,
    'The route was removed from the configuration.',
    LINKS_ONLY,
    null,
    false,
  ),
  reason(
    'Wrong Gateway',
    'WrongGateway',
    V.reconnect,
    'A gateway asked for another gateway name.',
    LINKS_ONLY,
    null,
    false,
  ),
  reason(
    'Missing Account',
    'MissingAccount',
    V.reconnect,
    'A route or leaf node named an account this server does not have.',
    LINKS_ONLY,
    null,
    false,
  ),
  reason(
    'Internal Client',
    'InternalClient',
    V.reconnect,
    'A server-internal client closed; it is not a network connection.',
    RETRY,
    null,
    false,
  ),
  reason(
    'Cluster Name Conflict',
    'ClusterNameConflict',
    V.reconnect,
    'A remote server has a different cluster name.',
    LINKS_ONLY,
    null,
    false,
  ),
  reason(
    'Duplicate Remote LeafNode Connection',
    'DuplicateRemoteLeafnodeConnection',
    V.reconnect,
    'A leaf node connected twice for the same remote.',
    LINKS_ONLY,
    null,
    false,
  ),
  reason(
    'Duplicate Server Name',
    'DuplicateServerName',
    V.reconnect,
    'Another server in the cluster uses the same server name.',
    LINKS_ONLY,
    null,
    false,
  ),
  reason(
    'Minimum Version Required',
    'MinimumVersionRequired',
    V.reconnect,
    'A leaf node is older than the minimum version the hub requires.',
    LINKS_ONLY,
    null,
    false,
  ),
  reason(
    'Cluster Names Identical',
    'ClusterNamesIdentical',
    V.reconnect,
    'A leaf node cluster has the same name as the hub cluster.',
    LINKS_ONLY,
    null,
    false,
  ),
];
