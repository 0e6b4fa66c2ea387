import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, explain } from '../../../src/codes/index.ts';
import {
  classifyJsApiError,
  classifyJsLocal,
  classifyJsStatus,
} from '../../../src/codes/nats/jetStream/classifyJetStream.ts';
import { JS_API_ERRORS } from '../../../src/codes/nats/jetStream/jsApiErrorTable.ts';

const apiRows = catalog('nats').filter((r) => r.kind === 'js-api');

describe('JetStream API err_code rows (nats-server errors.json v2.9-v2.12)', () => {
  it('has one row per err_code, each with the server description and its source', () => {
    expect(apiRows).toHaveLength(JS_API_ERRORS.length);
    expect(new Set(apiRows.map((r) => r.code)).size).toBe(apiRows.length);
    // 2.9.0 defined 10002-10131; 2.12 reaches 10202 (errors.json at v2.12.15).
    expect(apiRows.map((r) => r.code)).toEqual(expect.arrayContaining([10002, 10059, 10131, 10202]));
    for (const row of apiRows) {
      expect(row.message.length, row.id).toBeGreaterThan(0);
      expect(row.source).toContain('server/errors.json');
      expect(row.extra?.since).toMatch(/^v2\.(9|1[0-2])\.\d+$/);
    }
  });

  it.each([
    [10059, 'fail', 'JSStreamNotFoundErr'],
    [10014, 'fail', 'JSConsumerNotFoundErr'],
    [10071, 'conflict', 'JSStreamWrongLastSequenceErrF'],
    [10070, 'conflict', 'JSStreamWrongLastMsgIDErrF'],
    [10008, 'retry', 'JSClusterNotAvailErr'],
    [10009, 'retry', 'JSClusterNotLeaderErr'],
    [10076, 'fail', 'JSNotEnabledErr'],
    [10167, 'retry', 'JSStreamTooManyRequests'],
  ] as const)('err_code %i: request/%s (%s)', (errCode, action, name) => {
    const verdict = classifyJsApiError({ code: 400, err_code: errCode, description: 'x' });
    expect(verdict).toMatchObject({ scope: 'request', action, code: errCode, reason: 'x' });
    expect(verdict.entry?.name).toBe(name);
    expect(explain(verdict)?.id).toBe(`nats.js-api.${errCode}`);
  });

  it('falls back on the HTTP-like code for an err_code it does not know', () => {
    expect(classifyJsApiError({ code: 503, err_code: 19999 })).toMatchObject({
      action: 'retry',
      rule: 'nats.js-api.unknown-transient',
      code: 19999,
    });
    expect(classifyJsApiError({ code: 400, err_code: 19998 })).toMatchObject({
      action: 'fail',
      rule: 'nats.js-api.unknown',
    });
  });

  it('never throws, whatever the server sends', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const verdict = classifyJsApiError(value as never);
        expect(['fail', 'retry', 'conflict']).toContain(verdict.action);
      }),
    );
  });
});

describe('pull status rows', () => {
  it.each([
    [100, 'Idle Heartbeat', 'ignore', 'nats.js-status.100-idle-heartbeat'],
    [100, 'FlowControl Request', 'ignore', 'nats.js-status.100-flowcontrol-request'],
    [404, 'No Messages', 'retry', 'nats.js-status.404-no-messages'],
    [408, 'Request Timeout', 'retry', 'nats.js-status.408-request-timeout'],
    [409, 'Consumer Deleted', 'resubscribe', 'nats.js-status.409-consumer-deleted'],
    [409, 'Exceeded MaxWaiting', 'retry', 'nats.js-status.409-exceeded-maxwaiting'],
    [409, 'Message Size Exceeds MaxBytes', 'retry', 'nats.js-status.409-message-size-exceeds-maxbytes'],
    [409, 'Leadership Change', 'retry', 'nats.js-status.409-leadership-change'],
    [409, 'Server Shutdown', 'retry', 'nats.js-status.409-server-shutdown'],
    [409, 'Exceeded MaxRequestBatch of 100', 'unsubscribe', 'nats.js-status.409-exceeded-maxrequestbatch'],
    [503, '', 'resubscribe', 'nats.js-status.503-no-responders'],
    [503, 'No Responders', 'resubscribe', 'nats.js-status.503-no-responders'],
    [409, 'Something New', 'retry', 'nats.js-status.unknown'],
  ] as const)('%i %s ⇒ %s (%s)', (status, text, action, rule) => {
    const verdict = classifyJsStatus(status, text);
    expect(verdict).toMatchObject({ action, rule, code: status });
    expect(explain(verdict)?.remediation.length).toBeGreaterThan(0);
  });

  it('renews the pull at once only for the statuses that end a pull cleanly', () => {
    expect(classifyJsStatus(408, 'Request Timeout').immediate).toBe(true);
    expect(classifyJsStatus(409, 'Exceeded MaxWaiting').immediate).toBeUndefined();
  });

  it('has rows for the local causes the consumer records', () => {
    for (const rule of ['nats.consumer.heartbeats-missed', 'nats.consumer.sequence-gap', 'nats.js.timeout'])
      expect(classifyJsLocal({ rule }).rule).toBe(rule);
    expect(classifyJsLocal({ rule: 'nope' }).action).toBe('ignore');
  });
});
