import type { CodeRule } from '../types.ts';
import { closeReasonRule as reason } from './closeReasonRule.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/**
 * Close reasons of server-to-server links (routes, gateways, leaf nodes) and internal clients
 * (seed 000, "Connection Close Reasons"). Plain client connections are never closed with them;
 * should one arrive, the socket is gone all the same and the session reconnects.
 */
export const linkCloseReasonRules: readonly CodeRule[] = [
  reason('Duplicate Route', 'DuplicateRoute', V.reconnect, null, false),
  reason('Route Removed', 'RouteRemoved', V.reconnect, null, false),
  reason('Wrong Gateway', 'WrongGateway', V.reconnect, null, false),
  reason('Missing Account', 'MissingAccount', V.reconnect, null, false),
  reason('Internal Client', 'InternalClient', V.reconnect, null, false),
  reason('Cluster Name Conflict', 'ClusterNameConflict', V.reconnect, null, false),
  reason(
    'Duplicate Remote LeafNode Connection',
    'DuplicateRemoteLeafnodeConnection',
    V.reconnect,
    null,
    false,
  ),
  reason('Duplicate Server Name', 'DuplicateServerName', V.reconnect, null, false),
  reason('Minimum Version Required', 'MinimumVersionRequired', V.reconnect, null, false),
  reason('Cluster Names Identical', 'ClusterNamesIdentical', V.reconnect, null, false),
];
