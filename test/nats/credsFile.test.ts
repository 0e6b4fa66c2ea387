import { parseCreds as natsJsParseCreds } from '@nats-io/jwt';
import { describe, expect, it } from 'vitest';
import { credsAuthenticator, NatsCredentialsError, parseCreds } from '../../src/protocols/nats/auth/index.ts';
import { mintOperator } from './harness/operatorMode.ts';

const user = await (await mintOperator()).user();

/** Expects `run` to throw a NatsCredentialsError with `code` whose text holds no part of the seed. */
function expectRefused(run: () => unknown, code: string): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(NatsCredentialsError);
  const error = caught as NatsCredentialsError;
  expect(error.code).toBe(code);
  expect(error.remediation).toBeTruthy();
  const shown = `${error.message} ${error.remediation} ${error.stack} ${JSON.stringify(error)}`;
  expect(shown).not.toContain(user.seed.slice(2, 20));
}

describe('.creds files (issue 12)', () => {
  it('reads the JWT and seed of a decorated file, as @nats-io/jwt does', async () => {
    const ours = parseCreds(user.creds);
    const theirs = await natsJsParseCreds(new TextEncoder().encode(user.creds));
    expect(ours).toEqual({ jwt: theirs.jwt, seed: user.seed });
    expect(parseCreds(user.creds.replaceAll('\n', '\r\n'))).toEqual(ours);
    expect(parseCreds(new TextEncoder().encode(user.creds))).toEqual(ours);
  });

  const seedBlock = /-+BEGIN USER NKEY SEED-+\s+\S+\s+-+END USER NKEY SEED-+/;
  const cases: [string, string, string][] = [
    ['no seed block', user.creds.replace(seedBlock, ''), 'malformed-creds'],
    ['an empty seed block', user.creds.replace(user.seed, ''), 'malformed-creds'],
    [
      'a seed block of two lines',
      user.creds.replace(user.seed, `${user.seed}\n${user.seed}`),
      'malformed-creds',
    ],
    [
      'no JWT block',
      user.creds.replace(/-+BEGIN NATS USER JWT-+[\s\S]*?END NATS USER JWT-+/, ''),
      'malformed-creds',
    ],
    ['a JWT that is not one', user.creds.replace(user.jwt, 'not-a-jwt'), 'invalid-jwt'],
    [
      'an account seed instead of a user seed',
      user.creds.replace(user.seed, `SA${user.seed.slice(2)}`),
      'invalid-seed',
    ],
    ['plain garbage', 'hello', 'malformed-creds'],
  ];
  for (const [what, creds, code] of cases) {
    it(`refuses ${what} with ${code}, never printing the seed`, () => {
      expectRefused(() => parseCreds(creds), code);
      expectRefused(() => credsAuthenticator(creds), code);
    });
  }

  it('refuses a seed with a bad checksum when the authenticator is made', () => {
    // A middle character: the last one also carries unused padding bits.
    const swapped = user.seed[10] === 'A' ? 'B' : 'A';
    const bad = `${user.seed.slice(0, 10)}${swapped}${user.seed.slice(11)}`;
    expectRefused(() => credsAuthenticator(user.creds.replace(user.seed, bad)), 'invalid-seed');
  });
});
