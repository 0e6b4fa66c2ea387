import type { CodeEntry } from '../types.ts';
import { serverErrRow } from './natsRow.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

const SERVER_LINKS = ' It concerns routes, gateways or leaf nodes; client connections do not receive it.';
const FIX_CLUSTER =
  'Fix the cluster, gateway or leaf node configuration of the servers named in the server log.';
const WRONG_PORT =
  'Connect clients to the client port (4222 by default), not to the route, gateway or leaf node port.';

/** A server-to-server error that closes that link; a client seeing it dials again. */
function linkRow(text: string, constant: string, description: string, closeReason?: string): CodeEntry {
  return serverErrRow(text, constant, V.reconnect, description + SERVER_LINKS, FIX_CLUSTER, {
    ...(closeReason ? { closeReason } : {}),
  });
}

/** A server configuration error that never touches a connection. */
function configRow(text: string, constant: string, description: string): CodeEntry {
  return serverErrRow(text, constant, V.ignore, `${description} A server configuration error.`, FIX_CLUSTER);
}

/**
 * Server name, cluster, wrong-port, gateway, leaf node and route errors (seed 000). Clients only
 * ever receive the wrong-port texts, when they dial a port meant for servers.
 */
export const clusterErrorRows: readonly CodeEntry[] = [
  serverErrRow(
    'Attempted to connect to route port',
    'ErrClientConnectedToRoutePort',
    V.reconnect,
    'A client dialed the route (cluster) port; the server sends this in lower case and closes the socket.',
    WRONG_PORT,
    { wire: true, message: 'attempted to connect to route port', closeReason: 'WrongPort' },
  ),
  serverErrRow(
    'Attempted to connect to leaf node port',
    'ErrClientConnectedToLeafNodePort',
    V.reconnect,
    'A client dialed the leaf node port; the server sends this in lower case and closes the socket.',
    WRONG_PORT,
    { wire: true, message: 'attempted to connect to leaf node port', closeReason: 'WrongPort' },
  ),
  serverErrRow(
    'Attempted to connect to gateway port',
    'ErrClientOrRouteConnectedToGatewayPort',
    V.reconnect,
    'A client or route dialed the gateway port; the server sends this in lower case and closes the socket.',
    WRONG_PORT,
    { wire: true, message: 'attempted to connect to gateway port', closeReason: 'WrongPort' },
  ),
  serverErrRow(
    'Attempted to connect to wrong port',
    'ErrConnectedToWrongPort',
    V.reconnect,
    'A connection dialed a listen port meant for another kind of connection (for instance a leaf node to a client port).',
    WRONG_PORT,
    { closeReason: 'WrongPort' },
  ),
  serverErrRow(
    'Route Authorization Violation',
    'Route Authorization Violation',
    V.refreshToken,
    'A route connection failed authorization. Its text contains Authorization Violation, so nats.js would treat it as an auth error.',
    'Give the route the user and password (or TLS identity) the cluster authorization expects.',
  ),
  linkRow('Duplicate Route', 'Duplicate Route', 'A route to this server already exists.', 'DuplicateRoute'),
  linkRow(
    'Cluster name from remote server conflicts',
    'ErrClusterNameRemoteConflict',
    'A remote server has a different cluster name.',
    'ClusterNameConflict',
  ),
  linkRow(
    'Duplicate server name',
    'ErrDuplicateServerName',
    'Another server in the cluster already uses this server name.',
    'DuplicateServerName',
  ),
  linkRow(
    'Remote leafnode has same cluster name',
    'ErrLeafNodeHasSameClusterName',
    'A leaf node cluster has the same cluster name as the hub.',
    'ClusterNamesIdentical',
  ),
  linkRow(
    'Wrong gateway',
    'ErrWrongGateway',
    "A remote gateway asked for a gateway name that does not match this server's.",
    'WrongGateway',
  ),
  linkRow(
    'Connection to Gateway Rejected',
    'Connection to Gateway Rejected',
    'The gateway rejected the connection.',
  ),
  linkRow('Leafnodes disabled', 'ErrLeafNodeDisabled', 'Leaf nodes are disabled on this server.'),
  linkRow(
    'Leafnode loop detected',
    'ErrLeafNodeLoop',
    'A leaf node tried to register for a cluster that is already registered.',
  ),
  configRow(
    'Cluster name conflicts between cluster and gateway definitions',
    'ErrClusterNameConfigConflict',
    'The cluster and gateway blocks name different clusters.',
  ),
  configRow(
    'Cluster name cannot contain spaces',
    'ErrClusterNameHasSpaces',
    'The cluster name contains spaces.',
  ),
  configRow(
    'Gateway name cannot contain spaces',
    'ErrGatewayNameHasSpaces',
    'The gateway name contains spaces.',
  ),
  configRow(
    'Server name cannot contain spaces',
    'ErrServerNameHasSpaces',
    'The server name contains spaces.',
  ),
];
