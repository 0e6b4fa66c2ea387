import { describe, expect, it } from 'vitest';
import { MAX_ADDRESS_LENGTH, parseLeaderAddress } from '../../../src/codes/celeriant/parseLeaderAddress.ts';
import { classify } from '../../../src/codes/classify.ts';

const NOT_LEADER_CODES = [2011, 3005, 4006, 2027];

function notLeader(code: number, message?: string) {
  return classify(
    message === undefined
      ? { protocol: 'celeriant', kind: 'error', code }
      : { protocol: 'celeriant', kind: 'error', code, message },
  );
}

describe('celeriant leader redirects', () => {
  it.each(NOT_LEADER_CODES)('%i with leader_address redirects to it', (code) => {
    const v = notLeader(code, '{"leader_address":"node-2.celeriant.internal:10002"}');
    expect(v).toMatchObject({ scope: 'request', action: 'redirect', rule: `celeriant.${code}` });
    expect(v.target).toBe('node-2.celeriant.internal:10002');
    expect(v.details).toEqual({ leader_address: 'node-2.celeriant.internal:10002' });
  });

  const withoutTarget: [string, string | undefined][] = [
    ['no message', undefined],
    ['an empty message', ''],
    ['{} (leader unknown)', '{}'],
    ['malformed JSON', '{"leader_address":10.0.0.2:10000}'],
    ['truncated JSON', '{"leader_address":"10.0.0.2:10000"'],
    ['plain text', 'not the leader, try 10.0.0.2:10000'],
    ['an empty leader_address', '{"leader_address":""}'],
    ['a null leader_address', '{"leader_address":null}'],
    ['a numeric leader_address', '{"leader_address":10000}'],
    ['a URL instead of host:port', '{"leader_address":"tcp://10.0.0.2:10000"}'],
    ['a JSON array', '["10.0.0.2:10000"]'],
  ];

  it.each(withoutTarget)(
    'with %s still redirects, without a target (fall back to seeds)',
    (_label, message) => {
      for (const code of NOT_LEADER_CODES) {
        const v = notLeader(code, message);
        expect(v.action).toBe('redirect');
        expect(v.scope).toBe('request');
        expect(v).not.toHaveProperty('target');
      }
    },
  );

  it('takes no target from a non-redirect code even when the message names one', () => {
    const v = notLeader(2012, '{"leader_address":"10.0.0.2:10000"}');
    expect(v.action).toBe('retry');
    expect(v).not.toHaveProperty('target');
  });
});

describe('parseLeaderAddress', () => {
  it.each([
    ['10.0.0.2:10000'],
    ['localhost:1'],
    ['celeriant_node1:65535'],
    ['node-2.example.com:10002'],
    ['[::1]:10000'],
    ['[fe80::1:2:3]:10001'],
  ])('accepts %s', (address) => {
    expect(parseLeaderAddress(address)).toBe(address);
  });

  it.each([
    [''],
    ['10.0.0.2'],
    [':10000'],
    ['host:'],
    ['host:0'],
    ['host:65536'],
    ['host:010000'],
    ['host:1e4'],
    ['host:-1'],
    ['tcp://host:1'],
    ['user@host:1'],
    ['host/path:1'],
    ['a b:1'],
    ['host\n:1'],
    ['-host:1'],
    ['host-:1'],
    ['::1:10000'],
    ['[::1]'],
    ['[not-ipv6]:1'],
    [`${'a'.repeat(MAX_ADDRESS_LENGTH)}:1`],
  ])('rejects %j', (address) => {
    expect(parseLeaderAddress(address)).toBeUndefined();
  });

  it.each([[undefined], [null], [10000], [{}], [['h:1']]])('rejects the non-string %j', (value) => {
    expect(parseLeaderAddress(value)).toBeUndefined();
  });
});
