import type { CodeRule } from '../types.ts';
import { serverErrRule } from './natsRule.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/** A server-to-server error that closes that link; a client seeing it dials again. */
function linkRule(text: string, constant: string, closeReason?: string): CodeRule {
  return serverErrRule(text, constant, V.reconnect, {
    ...(closeReason ? { closeReason } : {}),
  });
}

/** A server configuration error that never touches a connection. */
function configRule(text: string, constant: string): CodeRule {
  return serverErrRule(text, constant, V.ignore);
}

/**
 * Server name, cluster, wrong-port, gateway, leaf node and route errors (seed 000). Clients only
 * ever receive the wrong-port texts, when they dial a port meant for servers.
 */
export const clusterErrorRules: readonly CodeRule[] = [
  serverErrRule('Attempted to connect to route port', 'ErrClientConnectedToRoutePort', V.reconnect, {
    wire: true,
    closeReason: 'WrongPort',
  }),
  serverErrRule('Attempted to connect to leaf node port', 'ErrClientConnectedToLeafNodePort', V.reconnect, {
    wire: true,
    closeReason: 'WrongPort',
  }),
  serverErrRule(
    'Attempted to connect to gateway port',
    'ErrClientOrRouteConnectedToGatewayPort',
    V.reconnect,
    { wire: true, closeReason: 'WrongPort' },
  ),
  serverErrRule('Attempted to connect to wrong port', 'ErrConnectedToWrongPort', V.reconnect, {
    closeReason: 'WrongPort',
  }),
  serverErrRule('Route Authorization Violation', 'Route Authorization Violation', V.refreshToken),
  linkRule('Duplicate Route', 'Duplicate Route', 'DuplicateRoute'),
  linkRule(
    'Cluster name from remote server conflicts',
    'ErrClusterNameRemoteConflict',
    'ClusterNameConflict',
  ),
  linkRule('Duplicate server name', 'ErrDuplicateServerName', 'DuplicateServerName'),
  linkRule('Remote leafnode has same cluster name', 'ErrLeafNodeHasSameClusterName', 'ClusterNamesIdentical'),
  linkRule('Wrong gateway', 'ErrWrongGateway', 'WrongGateway'),
  linkRule('Connection to Gateway Rejected', 'Connection to Gateway Rejected'),
  linkRule('Leafnodes disabled', 'ErrLeafNodeDisabled'),
  linkRule('Leafnode loop detected', 'ErrLeafNodeLoop'),
  configRule(
    'Cluster name conflicts between cluster and gateway definitions',
    'ErrClusterNameConfigConflict',
  ),
  configRule('Cluster name cannot contain spaces', 'ErrClusterNameHasSpaces'),
  configRule('Gateway name cannot contain spaces', 'ErrGatewayNameHasSpaces'),
  configRule('Server name cannot contain spaces', 'ErrServerNameHasSpaces'),
];
