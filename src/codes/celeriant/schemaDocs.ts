import type { CodeDoc } from '../types.ts';
import { SEED_SOURCE } from './celeriantSources.ts';

const source = SEED_SOURCE;

/** Message, description, remediation and source of each rule in schemaRules.ts, keyed by rule id. */
export const schemaDocs: Readonly<Record<string, CodeDoc>> = {
  'celeriant.2020': {
    message: 'A schema is already registered for this event type and version.',
    description: 'Schema versions are additive; an existing (type, major, minor) cannot be registered again.',
    remediation:
      'Register the change under a new minor or major version, or keep the schema already registered.',
    source,
  },
  'celeriant.2021': {
    message: 'The submitted schema is malformed.',
    description: 'The server could not parse the schema; parse_error says why.',
    remediation: 'Fix the schema text reported in parse_error and register it again.',
    source,
  },
  'celeriant.2022': {
    message: 'An event failed validation against its registered schema.',
    description: 'The event named by client_seq was rejected before it entered the log.',
    remediation:
      'Fix the event payload so it matches its registered schema; validation_error says what is wrong.',
    source,
  },
  'celeriant.2023': {
    message: 'The cached compiled schema is corrupt; re-register the schema.',
    description:
      'The server cannot validate events of this type. Re-registering the same version returns 2020, so this needs the operator.',
    remediation: 'Report it to the operator, who must repair or re-register the schema for this event type.',
    source,
  },
  'celeriant.2024': {
    message: 'The schema uses a type the server cannot compile.',
    description: 'The schema format or a type inside it is not supported by this server.',
    remediation: 'Rewrite the schema with types the server supports.',
    source,
  },
  'celeriant.2025': {
    message: 'Internal cache load failure for the schema registry.',
    description: 'A server-internal fault in the schema registry.',
    remediation: 'Report it to the operator and register the schema again later.',
    source,
  },
  'celeriant.2026': {
    message: 'Fsync failed while writing the registered schema to disk.',
    description: "The server's disk rejected the schema; it was not registered.",
    remediation: 'Report the disk fault to the operator and register the schema again later.',
    source,
  },
  'celeriant.2027': {
    message: 'This node is a follower; the registration must go to the leader.',
    description:
      'Same payload as NotLeader. Neither official client follows it (they surface an error); codestate redirects it like 2011.',
    remediation:
      'Resend the registration to leader_address at once; when it is absent or unreachable, try the next seed and cap the hops.',
    source,
  },
  'celeriant.2028': {
    message: 'Replicating the schema registration to the follower failed.',
    description: 'The leader could not replicate the registration.',
    remediation: 'Report it to the operator and register the schema again once the cluster is healthy.',
    source,
  },
  'celeriant.2029': {
    message: 'Cross-shard schema coordination failed; transient, retry.',
    description: 'Some shards did not confirm the registration; the docs call it transient.',
    remediation: 'Back off and register the schema again.',
    source,
  },
};
