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

/** A user of the test account: its JWT, seed and `.creds` file contents. */
export interface MintedUser {
  jwt: string;
  seed: string;
  publicKey: string;
  creds: string;
}

/** An operator with one account, for a nats-server in operator mode with a memory resolver. */
export interface OperatorSetup {
  /** nats-server config text: `operator`, `resolver: MEMORY`, `resolver_preload`. */
  config: string;
  /** Mints a user of the account; `expiresIn` seconds from now sets `exp`. */
  user(options?: { expiresIn?: number }): Promise<MintedUser>;
  /** A user whose JWT the account revoked (its key is in the account's `revocations`). */
  revoked: MintedUser;
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

/** Mints a user JWT for `kp`, signed by the account key. */
async function mintUser(
  account: KeyPair,
  expiresIn?: number,
  kp: KeyPair = createUser(),
): Promise<MintedUser> {
  const exp = expiresIn === undefined ? undefined : Math.floor(Date.now() / 1000) + expiresIn;
  const jwt = await encodeUser('tester', kp, account, UNLIMITED_USER, exp === undefined ? {} : { exp });
  return { jwt, seed: text(kp.getSeed()), publicKey: kp.getPublicKey(), creds: text(fmtCreds(jwt, kp)) };
}

/**
 * Mints an operator and an account with `@nats-io/jwt` (devDependency), and one revoked user: the
 * account JWT revokes every JWT of that user issued up to a few seconds from now.
 */
export async function mintOperator(): Promise<OperatorSetup> {
  const operator = createOperator();
  const account = createAccount();
  const revokedKey = createUser();
  const revocations = { [revokedKey.getPublicKey()]: Math.floor(Date.now() / 1000) + 5 };
  const operatorJwt = await encodeOperator('codestate-test', operator);
  const accountJwt = await encodeAccount(
    'app',
    account,
    { revocations, limits: UNLIMITED_ACCOUNT },
    { signer: operator },
  );
  const config = [
    `operator: "${operatorJwt}"`,
    'resolver: MEMORY',
    `resolver_preload: { ${account.getPublicKey()}: "${accountJwt}" }`,
  ].join('\n');
  const revoked = await mintUser(account, undefined, revokedKey);
  return { config, user: (options = {}) => mintUser(account, options.expiresIn), revoked };
}
