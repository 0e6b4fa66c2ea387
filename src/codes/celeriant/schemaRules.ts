import type { CodeRule } from '../types.ts';
import { celeriantRule } from './celeriantRule.ts';

/** Celeriant schema registry errors (2020–2029). The connection stays open after each. */
export const schemaRules: readonly CodeRule[] = [
  celeriantRule({
    code: 2020,
    name: 'RegisterSchemaAlreadyExists',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{"event_type_major","event_type_minor"}',
  }),
  celeriantRule({
    code: 2021,
    name: 'RegisterSchemaInvalid',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{"schema_type","parse_error"}',
  }),
  celeriantRule({
    code: 2022,
    name: 'WriteSchemaValidationFailed',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{"event_type_major","event_type_minor","client_seq","validation_error"}',
  }),
  celeriantRule({
    code: 2023,
    name: 'WriteSchemaCompilationFailed',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{"event_type_major","event_type_minor","client_seq","compilation_error"}',
  }),
  celeriantRule({
    code: 2024,
    name: 'RegisterSchemaUnsupportedType',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{"schema_type"}',
  }),
  celeriantRule({
    code: 2025,
    name: 'RegisterSchemaCacheLoadError',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
  }),
  celeriantRule({
    code: 2026,
    name: 'RegisterSchemaFsyncError',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: 'some fsync variants send invalid JSON such as {d}',
  }),
  celeriantRule({
    code: 2027,
    name: 'RegisterSchemaCannotAcceptWrites',
    verdict: { scope: 'request', action: 'redirect' },
    actionClass: 'REDIR',
    connection: 'stays-open',
    detailShape: '{"leader_address":"host:port"}, or {} when the leader is unknown',
  }),
  celeriantRule({
    code: 2028,
    name: 'RegisterSchemaReplicationError',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape:
      '{"detail":"LeaderFenced"|"GateTimeout"|…}; RollbackInProgress comes as invalid JSON with an unquoted value',
  }),
  celeriantRule({
    code: 2029,
    name: 'RegisterSchemaCoordinationFailed',
    verdict: { scope: 'request', action: 'retry' },
    actionClass: 'BO',
    connection: 'stays-open',
    detailShape: '{"failed_shard_count","total_shards"}',
  }),
];
