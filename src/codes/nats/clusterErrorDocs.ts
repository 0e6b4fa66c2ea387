import type { CodeDoc } from '../types.ts';
import { NATS_SOURCES } from './natsSources.ts';

const WRONG_PORT =
  'Connect clients to the client port (4222 by default), not to the route, gateway or leaf node port.';
const SERVER_LINKS = ' It concerns routes, gateways or leaf nodes; client connections do not receive it.';
const FIX_CLUSTER =
  'Fix the cluster, gateway or leaf node configuration of the servers named in the server log.';
const source = NATS_SOURCES.serverSeed;

/** Message, description, remediation and source of each rule in clusterErrorRules.ts, keyed by rule id. */
export const clusterErrorDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.err.attempted-to-connect-to-route-port': {
    message: 'attempted to connect to route port',
    description:
      'A client dialed the route (cluster) port; the server sends this in lower case and closes the socket.',
    remediation: WRONG_PORT,
    source,
  },
  'nats.err.attempted-to-connect-to-leaf-node-port': {
    message: 'attempted to connect to leaf node port',
    description:
      'A client dialed the leaf node port; the server sends this in lower case and closes the socket.',
    remediation: WRONG_PORT,
    source,
  },
  'nats.err.attempted-to-connect-to-gateway-port': {
    message: 'attempted to connect to gateway port',
    description:
      'A client or route dialed the gateway port; the server sends this in lower case and closes the socket.',
    remediation: WRONG_PORT,
    source,
  },
  'nats.err.attempted-to-connect-to-wrong-port': {
    message: 'Attempted to connect to wrong port',
    description:
      'A connection dialed a listen port meant for another kind of connection (for instance a leaf node to a client port).',
    remediation: WRONG_PORT,
    source,
  },
  'nats.err.route-authorization-violation': {
    message: 'Route Authorization Violation',
    description:
      'A route connection failed authorization. Its text contains Authorization Violation, so nats.js would treat it as an auth error.',
    remediation: 'Give the route the user and password (or TLS identity) the cluster authorization expects.',
    source,
  },
  'nats.err.duplicate-route': {
    message: 'Duplicate Route',
    description: `A route to this server already exists.${SERVER_LINKS}`,
    remediation: FIX_CLUSTER,
    source,
  },
  'nats.err.cluster-name-from-remote-server-conflicts': {
    message: 'Cluster name from remote server conflicts',
    description: `A remote server has a different cluster name.${SERVER_LINKS}`,
    remediation: FIX_CLUSTER,
    source,
  },
  'nats.err.duplicate-server-name': {
    message: 'Duplicate server name',
    description: `Another server in the cluster already uses this server name.${SERVER_LINKS}`,
    remediation: FIX_CLUSTER,
    source,
  },
  'nats.err.remote-leafnode-has-same-cluster-name': {
    message: 'Remote leafnode has same cluster name',
    description: `A leaf node cluster has the same cluster name as the hub.${SERVER_LINKS}`,
    remediation: FIX_CLUSTER,
    source,
  },
  'nats.err.wrong-gateway': {
    message: 'Wrong gateway',
    description: `A remote gateway asked for a gateway name that does not match this server's.${SERVER_LINKS}`,
    remediation: FIX_CLUSTER,
    source,
  },
  'nats.err.connection-to-gateway-rejected': {
    message: 'Connection to Gateway Rejected',
    description: `The gateway rejected the connection.${SERVER_LINKS}`,
    remediation: FIX_CLUSTER,
    source,
  },
  'nats.err.leafnodes-disabled': {
    message: 'Leafnodes disabled',
    description: `Leaf nodes are disabled on this server.${SERVER_LINKS}`,
    remediation: FIX_CLUSTER,
    source,
  },
  'nats.err.leafnode-loop-detected': {
    message: 'Leafnode loop detected',
    description: `A leaf node tried to register for a cluster that is already registered.${SERVER_LINKS}`,
    remediation: FIX_CLUSTER,
    source,
  },
  'nats.err.cluster-name-conflicts-between-cluster-and-gateway-definitions': {
    message: 'Cluster name conflicts between cluster and gateway definitions',
    description: 'The cluster and gateway blocks name different clusters. A server configuration error.',
    remediation: FIX_CLUSTER,
    source,
  },
  'nats.err.cluster-name-cannot-contain-spaces': {
    message: 'Cluster name cannot contain spaces',
    description: 'The cluster name contains spaces. A server configuration error.',
    remediation: FIX_CLUSTER,
    source,
  },
  'nats.err.gateway-name-cannot-contain-spaces': {
    message: 'Gateway name cannot contain spaces',
    description: 'The gateway name contains spaces. A server configuration error.',
    remediation: FIX_CLUSTER,
    source,
  },
  'nats.err.server-name-cannot-contain-spaces': {
    message: 'Server name cannot contain spaces',
    description: 'The server name contains spaces. A server configuration error.',
    remediation: FIX_CLUSTER,
    source,
  },
};
