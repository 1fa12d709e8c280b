/**
 * After `wxt build`: the size of the Gmail content script, and how much of it is the project's own code.
 * The content script's entry is bundled and minified again with esbuild (as the build does) with a metafile,
 * and every input's bytes in the output are summed by origin: InboxSDK, other packages (pdfjs, React, zod…),
 * and the project's own code (extension/, shared/). Goal: own code < 200 KB minified.
 * `--json` prints one line; `--check` exits non-zero above the goal.
 */
import { build } from 'esbuild';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOAL_KB = 200;

export async function contentScriptSizes() {
  const result = await build({
    entryPoints: [path.join(root, 'extension/entrypoints/gmail.content/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    outdir: path.join(root, '.output/size'),
    loader: { '.css': 'empty' },
    define: { 'import.meta.env.WXT_INBOXSDK_APP_ID': '""' },
    logLevel: 'silent',
  });
  const output = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('.js'))![1];
  const sums = { inboxsdk: 0, packages: 0, own: 0 };
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    if (input.includes('node_modules/@inboxsdk/')) sums.inboxsdk += bytesInOutput;
    else if (input.includes('node_modules/')) sums.packages += bytesInOutput;
    else sums.own += bytesInOutput;
  }
  const built = path.join(root, '.output/chrome-mv3/content-scripts/gmail.js');
  let builtBytes: number | null = null;
  try {
    builtBytes = statSync(built).size;
  } catch {
    builtBytes = null;
  }
  return { builtBytes, totalBytes: output.bytes, ...sums };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const s = await contentScriptSizes();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify({ contentScriptBytes: s.builtBytes, ownCodeBytes: s.own, inboxsdkBytes: s.inboxsdk, otherPackagesBytes: s.packages })}\n`);
  else {
    process.stdout.write(
      `\nContent script (.output/chrome-mv3/content-scripts/gmail.js): ${s.builtBytes === null ? 'not built' : kb(s.builtBytes)}\n` +
        `  minified by origin: InboxSDK ${kb(s.inboxsdk)}, other packages ${kb(s.packages)}, project's own code ${kb(s.own)} (goal < ${GOAL_KB} KB)\n`,
    );
  }
  if (process.argv.includes('--check') && s.own >= GOAL_KB * 1024) process.exitCode = 1;
}
