import { runCli } from './runCli.ts';

// The bin entry: wires runCli to the process. Kept tiny so runCli stays testable.
process.exitCode = runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
