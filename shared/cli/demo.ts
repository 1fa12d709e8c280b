/**
 * `npm start`: scans the demo mailbox bundled with the project and prints the receivables.
 * (The browser demo replaces it in a later issue.)
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';
import { runScan } from './scan-command';

const DemoConfigSchema = z.object({ me: z.array(z.string()).min(1), today: z.string() });

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const config = DemoConfigSchema.parse(JSON.parse(await readFile(path.join(root, 'demo/demo-config.json'), 'utf8')));
process.stdout.write(`Relance — boîte de démonstration (${config.me.join(', ')}), au ${config.today}\n\n`);
const { failures } = await runScan(
  { path: path.join(root, 'demo/mailbox'), me: config.me, today: config.today, json: false, pdf: true },
  { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) },
);
process.exitCode = failures > 0 ? 1 : 0;
