import { catalog } from '../codes/catalog.ts';
import { classify } from '../codes/classify.ts';
import { classifyClient } from '../codes/client/classifyClient.ts';
import { explain } from '../codes/explain.ts';
import type { CodeEntry, Verdict } from '../codes/types.ts';
import { parseProtocol, signalFromArgs, UsageError } from './signalFromArgs.ts';

const USAGE = `Usage:
  codestate explain <protocol> <code-or-text> [--kind <kind>] [--during <phase>] [--json]
  codestate catalog [--protocol <protocol>] [--json]

Protocols: centrifugo, centrifugo-legacy, nats, celeriant, client (causes the client saw itself).
Rules the client decides without a server code are explained by id: --kind local, or protocol client.
Examples:
  codestate explain centrifugo 3500
  codestate explain centrifugo 109 --kind error --during subscribe
  codestate explain nats "Authorization Violation"
  codestate explain celeriant 2011
  codestate explain nats nats.info.ldm --kind local
  codestate explain client connect-timeout`;

/** Where the CLI writes. */
export interface CliOutput {
  /** Normal output. */
  out: (line: string) => void;
  /** Errors and usage. */
  err: (line: string) => void;
}

function takeFlag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value.`);
  args.splice(i, 2);
  return value;
}

function takeSwitch(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i === -1) return false;
  args.splice(i, 1);
  return true;
}

/** A verdict with its catalog row in full (rule and documentation), as the CLI shows it. */
type ExplainedVerdict = Omit<Verdict, 'entry'> & { entry?: CodeEntry };

function withDocs(verdict: Verdict): ExplainedVerdict {
  const { entry: rule, ...rest } = verdict;
  const entry = explain(rule);
  return entry === undefined ? rest : { ...verdict, entry };
}

function describe(verdict: ExplainedVerdict): string[] {
  const lines = [`verdict:     ${verdict.scope} / ${verdict.action}`, `rule:        ${verdict.rule}`];
  const flags = (['resetPosition', 'clearToken', 'immediate'] as const).filter((f) => verdict[f]);
  if (flags.length) lines.push(`flags:       ${flags.join(', ')}`);
  if (verdict.target) lines.push(`target:      ${verdict.target}`);
  const entry = verdict.entry;
  if (entry) {
    lines.push(`name:        ${entry.name}`, `message:     ${entry.message}`);
    lines.push(`meaning:     ${entry.description}`, `remediation: ${entry.remediation}`);
    lines.push(`source:      ${entry.source}`);
  } else {
    lines.push('name:        (no catalog row; a range or default rule decided)');
  }
  return lines;
}

/**
 * Runs the `codestate` command line. Returns the exit code: 0 on success, 2 on bad usage.
 * @param argv - the arguments after the program name.
 */
export function runCli(argv: readonly string[], io: CliOutput): number {
  const args = [...argv];
  try {
    const json = takeSwitch(args, '--json');
    const command = args.shift();
    if (command === 'explain') {
      const kind = takeFlag(args, '--kind');
      const during = takeFlag(args, '--during');
      const protocol = parseProtocol(args[0]);
      const key = args[1];
      if (key === undefined || args.length > 2) {
        throw new UsageError('explain takes a protocol and one code or text (quote texts with spaces).');
      }
      const signal = signalFromArgs(protocol, key, kind, during);
      const verdict = withDocs(signal.protocol === 'client' ? classifyClient(signal) : classify(signal));
      if (json) io.out(JSON.stringify(verdict, null, 2));
      else for (const line of describe(verdict)) io.out(line);
      return 0;
    }
    if (command === 'catalog') {
      const name = takeFlag(args, '--protocol');
      if (args.length) throw new UsageError(`Unexpected argument "${args[0]}".`);
      const rows = catalog(name === undefined ? undefined : parseProtocol(name));
      if (json) io.out(JSON.stringify(rows, null, 2));
      else for (const r of rows) io.out(`${r.id}\t${r.verdict.scope}/${r.verdict.action}\t${r.message}`);
      return 0;
    }
    if (command === undefined || command === 'help' || command === '--help') {
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`Unknown command "${command}".`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`codestate: ${error.message}`);
    io.err(USAGE);
    return 2;
  }
}
