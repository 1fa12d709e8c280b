/**
 * The options of the CLI's worker threads (the PDF thread, the parse thread): the process's own, but for
 * its preloads of tsx and the options a thread refuses.
 */
import { Worker } from 'node:worker_threads';

/** `node --import tsx` or the tsx command preload tsx, and with it source maps (see `threadExecArgv`). */
const isTsxPreload = (specifier: string | undefined) => !!specifier && /^tsx(?:\/|$)|[\\/]node_modules[\\/]tsx[\\/]/.test(specifier);

/**
 * The process's Node options without its preloads of tsx: each thread registers tsx itself (the PDF thread
 * once pdfjs is loaded). Inherited, they would load tsx a second time (0.1 s of CPU) and turn source maps on
 * before pdfjs loads, which then reads and parses its 7.8 MB of source maps for nothing. Other options (memory, profiling…)
 * are kept, but for those a thread refuses (see startWorker).
 */
export function threadExecArgv(argv: readonly string[] = process.execArgv): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if ((arg === '--import' || arg === '--require' || arg === '-r') && isTsxPreload(argv[i + 1])) i++;
    else if (!isTsxPreload(/^--(?:import|require)=(.*)$/.exec(arg)?.[1])) kept.push(arg);
  }
  return kept;
}

/**
 * Starts a Worker with these options. Some options only apply to a whole process (V8's heap sizes,
 * --expose-gc, --stack-size…) and a thread refuses them: `node --max-old-space-size=8192 … scan big.mbox`
 * must still start its threads, so the options the thread refuses (Node names them in its error) are left out.
 */
export function startWorker(url: URL, execArgv: string[]): Worker {
  try {
    return new Worker(url, { execArgv });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    const refused = /flags: (.*)$/.exec((error as Error).message)?.[1]?.split(/,?\s+/) ?? [];
    const kept = execArgv.filter((arg) => !refused.includes(arg));
    return new Worker(url, { execArgv: kept.length < execArgv.length ? kept : [] });
  }
}

