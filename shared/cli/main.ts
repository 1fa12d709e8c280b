#!/usr/bin/env node
/** The `relance` command: the Node host of the core. */
import { parseScanArgs, UsageError } from './args';
import { runScan } from './scan-command';

const USAGE = `usage: relance scan <file.mbox | file.eml | folder> --me <addresses-or-domains,comma-separated> [--today YYYY-MM-DD] [--json] [--no-pdf]`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'scan') throw new UsageError(`unknown command "${command}"\n${USAGE}`);
  const args = parseScanArgs(rest);
  const { failures } = await runScan(args, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  });
  return failures > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`relance: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
