import { NatsCredentialsError } from './natsCredentialsError.ts';

/** The two secrets of a `.creds` file. */
export interface ParsedCreds {
  /** The user JWT. */
  jwt: string;
  /** The user nkey seed (`SU...`): keep it in memory only. */
  seed: string;
}

const BEGIN = /^-{3,}\s*BEGIN\s+(.+?)\s*-{3,}$/;
const END = /^-{3,}\s*END\s+(.+?)\s*-{3,}$/;
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** The blocks of a decorated file, by name (`NATS USER JWT`, `USER NKEY SEED`): their one line. */
function blocks(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  let open: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const begin = BEGIN.exec(line);
    const end = END.exec(line);
    if (begin) {
      open = begin[1]!.toUpperCase();
      found.set(open, []);
    } else if (end) open = undefined;
    else if (open !== undefined && line !== '') found.get(open)!.push(line);
  }
  return found;
}

/** The single line of block `name`, or a typed error that names the block (never its content). */
function single(found: Map<string, string[]>, name: string): string {
  const lines = found.get(name);
  if (lines === undefined) {
    throw new NatsCredentialsError('malformed-creds', `The .creds file has no "${name}" block.`);
  }
  if (lines.length !== 1) {
    const what = lines.length === 0 ? 'is empty' : `has ${lines.length} lines instead of one`;
    throw new NatsCredentialsError('malformed-creds', `The "${name}" block of the .creds file ${what}.`);
  }
  return lines[0]!;
}

/**
 * Parses a decorated `.creds` file (what `nsc generate creds` writes): the `NATS USER JWT` block
 * and the `USER NKEY SEED` block. Refuses anything else with a {@link NatsCredentialsError} whose
 * message names the problem and never the secret.
 * @throws {NatsCredentialsError} `malformed-creds`, `invalid-jwt` or `invalid-seed`.
 */
export function parseCreds(creds: string | Uint8Array): ParsedCreds {
  const text = typeof creds === 'string' ? creds : new TextDecoder().decode(creds);
  const found = blocks(text);
  const jwt = single(found, 'NATS USER JWT');
  const seed = single(found, 'USER NKEY SEED');
  if (!JWT.test(jwt)) {
    throw new NatsCredentialsError('invalid-jwt', 'The user JWT of the .creds file is not a JWT.');
  }
  if (!/^SU[A-Z2-7]+$/.test(seed)) {
    throw new NatsCredentialsError('invalid-seed', 'The seed of the .creds file is not a user nkey seed.');
  }
  return { jwt, seed };
}
