#!/usr/bin/env node
/** The `relance` command: the Node host of the core. */
import { parseDraftArgs, parseScanArgs, UsageError } from './args';
import { runScan } from './scan-command';
import { DraftCommandError, runDraft } from './draft-command';

const USAGE = `usage: relance scan <file.mbox | file.eml | folder> --me <addresses-or-domains,comma-separated> [--today YYYY-MM-DD] [--json] [--no-pdf]
       relance draft <file.mbox | file.eml | folder> --message-id "<id>" --stage pre-due|courteous|firm|formal|phone|plan|handover|thank-you
                     --lang fr|en|es|de|it --me <…> [--today YYYY-MM-DD] --profile profile.json [--json] [--pdf letter.pdf]
                     [--client-address "line\\nline"] [--consumer] [--cc a,b] [--escalation-cc a,b] [--handover-to a]
                     [--instalments N] [--late-payments N] [--rates rates.json] [--templates folder]
                     [--group [--no-upcoming]]   one reminder for every overdue invoice of the message's client`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  const io = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s) };
  if (command === 'draft') {
    try {
      await runDraft(parseDraftArgs(rest), io);
      return 0;
    } catch (error) {
      if (error instanceof DraftCommandError) {
        process.stderr.write(`relance: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
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
