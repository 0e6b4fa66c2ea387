import {
  createAccount,
  createOperator,
  createUser,
  encodeAccount,
  encodeOperator,
  encodeUser,
  fmtCreds,
  type KeyPair,
} from '@nats-io/jwt';
import { jwtAuthenticator } from '../../../src/protocols/nats/auth/index.ts';
import { testSession } from './sessionFixture.ts';
import { waitUntil } from './waitUntil.ts';

/** A user of the test account: its JWT, seed and `.creds` file contents. */
export interface MintedUser {
  jwt: string;
  seed: string;
  publicKey: string;
  creds: string;
}

/** An operator with a system account and one app account (nats-server operator mode, memory resolver). */
export interface OperatorSetup {
  /** nats-server config text: `operator`, `system_account`, `resolver: MEMORY`, `resolver_preload`. */
  config: string;
  /** Mints a user of the app account; `expiresIn` seconds from now sets `exp`. */
  user(options?: { expiresIn?: number }): Promise<MintedUser>;
  /** A user whose JWT the app account revoked from the start (its key is in `revocations`). */
  revoked: MintedUser;
  /**
   * Revokes `user` now, while it may be connected: pushes the app account JWT with the new
   * revocation to the server at `url` as the system user (`$SYS.REQ.ACCOUNT.<id>.CLAIMS.UPDATE`).
   */
  revoke(url: string, user: MintedUser): Promise<void>;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
// @nats-io/jwt leaves limits at 0 (nothing allowed): -1 is unlimited, as nsc writes by default.
const UNLIMITED_ACCOUNT = {
  conn: -1,
  subs: -1,
  data: -1,
  payload: -1,
  leaf: -1,
  imports: -1,
  exports: -1,
  wildcards: true,
};
const UNLIMITED_USER = { subs: -1, data: -1, payload: -1 };
const now = () => Math.floor(Date.now() / 1000);

/** Mints a user JWT for `kp`, signed by the account key. */
async function mintUser(
  account: KeyPair,
  expiresIn?: number,
  kp: KeyPair = createUser(),
): Promise<MintedUser> {
  const exp = expiresIn === undefined ? undefined : now() + expiresIn;
  const jwt = await encodeUser('tester', kp, account, UNLIMITED_USER, exp === undefined ? {} : { exp });
  return { jwt, seed: text(kp.getSeed()), publicKey: kp.getPublicKey(), creds: text(fmtCreds(jwt, kp)) };
}

/**
 * Mints an operator, a system account and an app account with `@nats-io/jwt` (devDependency), and
 * one revoked user: the app account JWT revokes every JWT of that user issued up to a few seconds
 * from now.
 */
export async function mintOperator(): Promise<OperatorSetup> {
  const operator = createOperator();
  const system = createAccount();
  const app = createAccount();
  const revokedKey = createUser();
  const revocations: Record<string, number> = { [revokedKey.getPublicKey()]: now() + 5 };
  const appJwt = () =>
    encodeAccount('app', app, { revocations, limits: UNLIMITED_ACCOUNT }, { signer: operator });
  const operatorJwt = await encodeOperator('codestate-test', operator, {
    system_account: system.getPublicKey(),
  });
  const systemJwt = await encodeAccount('SYS', system, { limits: UNLIMITED_ACCOUNT }, { signer: operator });
  const config = [
    `operator: "${operatorJwt}"`,
    `system_account: ${system.getPublicKey()}`,
    'resolver: MEMORY',
    `resolver_preload: { ${system.getPublicKey()}: "${systemJwt}", ${app.getPublicKey()}: "${await appJwt()}" }`,
  ].join('\n');
  const admin = await mintUser(system);
  return {
    config,
    user: (options = {}) => mintUser(app, options.expiresIn),
    revoked: await mintUser(app, undefined, revokedKey),
    async revoke(url, user) {
      revocations[user.publicKey] = now();
      const session = testSession({ servers: url, credentials: jwtAuthenticator(admin.jwt, admin.seed) });
      session.connect();
      await waitUntil(() => session.state === 'connected', 'system user connected');
      const reply = await session.request(
        `$SYS.REQ.ACCOUNT.${app.getPublicKey()}.CLAIMS.UPDATE`,
        await appJwt(),
      );
      if (!reply.text().includes('"code":200')) throw new Error(`claims update refused: ${reply.text()}`);
      session.disconnect();
    },
  };
}
